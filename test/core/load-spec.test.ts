import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/core/load-spec.js';

const spec = (title: string) => `openapi: 3.1.0\ninfo: {title: ${title}, version: '1'}\npaths: {}\n`;

function project() {
  const root = mkdtempSync(join(tmpdir(), 'samock-spec-'));
  mkdirSync(join(root, 'specs'));
  mkdirSync(join(root, 'dist', 'specs'), { recursive: true });
  const yaml = join(root, 'specs', 'x.yaml');
  const json = join(root, 'dist', 'specs', 'x.json');
  writeFileSync(yaml, spec('from yaml'));
  writeFileSync(json, JSON.stringify({ openapi: '3.1.0', info: { title: 'from json', version: '1' }, paths: {} }));
  return { yaml, json };
}

describe('loadSpec', () => {
  it('reads the JSON copy the build wrote while it is at least as new as the YAML', () => {
    const { yaml, json } = project();
    utimesSync(yaml, new Date(1_000_000), new Date(1_000_000));
    utimesSync(json, new Date(2_000_000), new Date(2_000_000));
    expect(loadSpec(pathToFileURL(yaml)).info.title).toBe('from json');
  });

  it('reads the YAML when it was edited after the build', () => {
    const { yaml, json } = project();
    utimesSync(json, new Date(1_000_000), new Date(1_000_000));
    utimesSync(yaml, new Date(2_000_000), new Date(2_000_000));
    expect(loadSpec(pathToFileURL(yaml)).info.title).toBe('from yaml');
  });

  it('refuses a document that is not OpenAPI 3.1, naming the file', () => {
    const { yaml, json } = project();
    writeFileSync(json, '{"swagger": "2.0"}');
    utimesSync(yaml, new Date(1_000_000), new Date(1_000_000));
    expect(() => loadSpec(pathToFileURL(yaml))).toThrow(/x\.yaml: expected an OpenAPI 3\.1 document/);
  });
});
