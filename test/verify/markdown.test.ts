import { vendors } from '../../mocks/index.js';
import { describeProvenance } from '../../src/contracts/define-contract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/contracts/markdown.js';
import { verify, type VerifyResult } from '../../src/contracts/verify.js';
import { startTestServer, type TestServer } from '../helpers.js';
import { lyveLeakingSecrets } from './fixtures.js';

/** The text of one `## Heading` section. */
const section = (markdown: string, heading: string) => markdown.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';

describe('the Markdown report of a run against a drifted Lyve server', () => {
  let drifted: TestServer;
  let result: VerifyResult;
  let markdown: string;
  beforeAll(async () => {
    drifted = await startTestServer({ apis: [lyveLeakingSecrets], strict: false, readyAfterMs: 50 });
    result = await verify({ known: vendors, api: 'lyve', baseUrl: drifted.base, token: 'md' });
    markdown = formatMarkdown(result);
  }, 120_000);
  afterAll(() => drifted.close());

  it('starts with the title, the target, the date and the overall result', () => {
    const results = result.targets[0]!.reports[0]!.results;
    const failed = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    expect(markdown.startsWith('# samock verify report\n')).toBe(true);
    expect(markdown).toContain(`- **Target A:** ${drifted.base} (samock)`);
    expect(markdown).toContain(`- **Date:** ${result.startedAt.toISOString()}`);
    expect(markdown).toContain(
      `- **Result:** FAILED (${failed} failed): ${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped, 0 of samock's ` +
        `guesses contradicted`,
    );
  });

  it('has a summary row per API with its passed, failed and skipped counts', () => {
    const results = result.targets[0]!.reports[0]!.results;
    const failed = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    expect(section(markdown, 'Summary')).toContain(`| lyve | A | ${drifted.base} | ${results.length - failed - skipped} | ${failed} | ${skipped} | 0 |`);
  });

  it('lists every failure under its check name with where its expectation comes from and the reason in a code block', () => {
    const failures = section(markdown, 'Failures');
    for (const r of result.targets[0]!.reports[0]!.results.filter((x) => x.status === 'failed')) {
      expect(failures).toContain(`### lyve: ${r.name}\n\n*${describeProvenance(r.provenance)}*\n\n\`\`\`text\n${r.reason}\n\`\`\``);
    }
    expect(failures).toMatch(
      /### lyve: the secret and access key are never returned again.*\n\n\*(documented: |inferred: |provenance not recorded)[^\n]*\*\n\n```text\nGET \/v2\/service-accounts → 200: the response breaks the spec \(listServiceAccounts\): \/\d+\/secret \[additionalProperties\]/,
    );
    const skips = result.targets[0]!.reports[0]!.results.filter((x) => x.status === 'skipped');
    expect(section(markdown, 'Skipped')).toBe(`Skipped\n\n${skips.map((x) => `- **lyve:** ${x.name} — ${x.reason}`).join('\n')}\n`);
  });
});

describe('the Markdown report, built from given results', () => {
  const result: VerifyResult = {
    startedAt: new Date('2025-01-02T03:04:05Z'),
    targets: [
      {
        label: 'A',
        url: 'https://vendor.example',
        reports: [
          {
            api: 'lyve',
            baseUrl: 'https://vendor.example/v2',
            isSamock: false,
            results: [
              { name: 'a | piped check', status: 'failed', reason: 'body was ```json``` fenced\nsecond line', durationMs: 3 },
              { name: 'writes something', status: 'skipped', reason: 'creates resources: run with --allow-writes', durationMs: 0 },
              { name: 'reserved tokens', status: 'skipped', reason: 'needs a samock server: the reserved tokens are samock conventions', durationMs: 0 },
            ],
          },
        ],
      },
    ],
  };
  const markdown = formatMarkdown(result);

  it('lists every skipped check with its reason, after the failures', () => {
    expect(markdown.indexOf('## Failures')).toBeLessThan(markdown.indexOf('## Skipped'));
    expect(section(markdown, 'Skipped')).toContain('- **lyve:** writes something — creates resources: run with --allow-writes\n');
    expect(section(markdown, 'Skipped')).toContain('- **lyve:** reserved tokens — needs a samock server: the reserved tokens are samock conventions');
  });

  it('keeps a reason with backticks inside one code block, and has no parity section for one target', () => {
    expect(section(markdown, 'Failures')).toContain('````text\nbody was ```json``` fenced\nsecond line\n````');
    expect(markdown).toContain('- **Target A:** https://vendor.example\n');
    expect(markdown).not.toContain('## Parity');
  });
});
