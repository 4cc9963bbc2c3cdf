import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/core/load-spec.js';

const file = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'samock-spec-')), name);
  writeFileSync(path, text);
  return path;
};

describe('loadSpec', () => {
  it('reads a YAML spec and inlines its component parameters', () => {
    const path = file('x.yaml', "openapi: 3.1.0\ninfo: {title: from yaml, version: '1'}\npaths: {}\n");
    expect(loadSpec(pathToFileURL(path)).info.title).toBe('from yaml');
  });

  it('reads a JSON spec by its extension', () => {
    const path = file('x.json', JSON.stringify({ openapi: '3.1.0', info: { title: 'from json', version: '1' }, paths: {} }));
    expect(loadSpec(path).info.title).toBe('from json');
  });

  it('refuses a document that is not OpenAPI 3.1, naming the file', () => {
    const path = file('x.json', '{"swagger": "2.0"}');
    expect(() => loadSpec(path)).toThrow(/x\.json: expected an OpenAPI 3\.1 document/);
  });

  it('names the file when it is missing or does not parse', () => {
    expect(() => loadSpec('/nonexistent/samock.yaml')).toThrow(/Failed to load the spec \/nonexistent\/samock\.yaml: ENOENT/);
    const broken = file('broken.yaml', 'openapi: [3.1.0\n');
    expect(() => loadSpec(broken)).toThrow(/Failed to load the spec .*broken\.yaml: /);
  });
});
