/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A samock server to target instead of the in-browser mocks, e.g. http://127.0.0.1:4010. */
  readonly VITE_SAMOCK_URL?: string;
}
