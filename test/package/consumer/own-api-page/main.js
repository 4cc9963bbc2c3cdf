// The config `samock serve --config` serves (gadgets beside lyve), given as it is to the browser's
// msw worker: the packaging test loads this page in Chromium and reads the result off the body.
// (JavaScript: ../own-api exists only in the packaging test's project, where it is copied.)
import { startBrowserMocks } from 'samock/browser';
import config from '../own-api/samock.config.mjs';

try {
  await startBrowserMocks({ ...config, quiet: true, persist: false });
  const json = { 'content-type': 'application/json' };
  const post = () => fetch('/gadgets', { method: 'POST', headers: json, body: JSON.stringify({ name: 'in-the-page' }) });
  const created = await post();
  const duplicate = await post();
  const invalid = await fetch('/gadgets', { method: 'POST', headers: json, body: JSON.stringify({ name: 7 }) });
  const listed = await fetch('/v2/service-accounts', { headers: { authorization: 'Bearer t' } });
  const body = await created.json();
  document.body.dataset.result = JSON.stringify({
    created: created.status,
    readyAtOnce: body.ready,
    duplicate: duplicate.status,
    invalid: invalid.status,
    lyve: listed.status,
  });
} catch (error) {
  document.body.dataset.result = JSON.stringify({ error: String(error) });
}
