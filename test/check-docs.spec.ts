// The docs check on folders of its own: each kind of broken reference is reported with its file and line,
// and a folder whose references all hold gives no report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { headingSlugs, problemsIn, slugOf } from '../tools/check-docs.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bareun-check-docs-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = [
  '# Operations',
  '',
  '## Release order',
  '',
  'Migrations first, then `scripts/migrate.ts` and `libs/persistence/src/migrations/` ([the API](api.md#errors)).',
  '',
  '## `npm run bench` (the lifecycle)',
].join('\n');

const clean = {
  'README.md': [
    '# Bareun',
    '',
    'See [operations](docs/operations.md#release-order), [the bench](docs/operations.md#npm-run-bench-the-lifecycle),',
    '[the same page](#bareun), [docs/](docs/) and <img src="docs/shot.png" alt="a shot">.',
    '',
    '```sh',
    '# not a heading; `apps/missing.ts` and [x](missing.md) inside a fence are not checked',
    '```',
    '',
    'Placeholders are skipped: `policy/<version>.json`, `test/histories/*.json`, `/usr/bin/chromium`, `dist/web/index.js`.',
  ].join('\n'),
  'docs/operations.md': page,
  'docs/api.md': '# API\n\n## Errors\n',
  'docs/shot.png': '',
  'scripts/migrate.ts': '',
  'libs/persistence/src/migrations/1-initial.ts': '',
};

it('finds nothing wrong where every link, anchor and named file exists', () => {
  expect(problemsIn(folderWith(clean))).toEqual([]);
});

it('reports a link to a missing file, an anchor that names no heading, and a named file that is missing', () => {
  const root = folderWith({
    ...clean,
    'docs/console.md': [
      '# Console',
      '',
      'Sign-in is in [security](security.md).',
      'Tiers are in [the API](api.md#tiers) and [here](#nowhere).',
      'Its types are in `apps/web/src/api/schema.d.ts`, made by `tools/web-api-types.ts`.',
      'A link broken across lines: [the',
      'design](design.md).',
    ].join('\n'),
  });
  expect(problemsIn(root)).toEqual([
    'docs/console.md:3: link to security.md: docs/security.md does not exist',
    'docs/console.md:4: link to api.md#tiers: #tiers names no heading of docs/api.md',
    'docs/console.md:4: link to #nowhere: #nowhere names no heading of docs/console.md',
    'docs/console.md:5: names apps/web/src/api/schema.d.ts, which does not exist',
    'docs/console.md:5: names tools/web-api-types.ts, which does not exist',
    'docs/console.md:6: link to design.md: docs/design.md does not exist',
  ]);
});

it('names a missing path given as a link text, as it does in a code span', () => {
  const root = folderWith({ ...clean, 'README.md': 'The check: [tools/check-docs.ts](https://example.org/check-docs).\n' });
  expect(problemsIn(root)).toEqual(['README.md:1: names tools/check-docs.ts, which does not exist']);
});

it('slugs headings as GitHub does, and numbers repeats', () => {
  expect(slugOf('Past one machine')).toBe('past-one-machine');
  expect(slugOf('GET /api/admin/stalled (`npm run bench:stalled`)')).toBe('get-apiadminstalled-npm-run-benchstalled');
  expect(slugOf('The [policy](policy.md), as _versioned_ data: TEMPORAL_UI_URL')).toBe(
    'the-policy-as-versioned-data-temporal_ui_url',
  );
  expect([...headingSlugs('# Notes\n## Notes\n## Notes-1\n## Notes')]).toEqual(['notes', 'notes-1', 'notes-1-1', 'notes-2']);
});
