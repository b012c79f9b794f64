// docs/lifecycle.md draws the lifecycle from its one table: the committed page must be what the table
// draws now (`npm run docs:lifecycle` rewrites it).
import { readFileSync } from 'node:fs';
import { LIFECYCLE_PAGE, withDiagram } from '../tools/lifecycle-diagram.js';

it('docs/lifecycle.md shows the lifecycle as libs/domain/src/stages.ts has it', () => {
  const committed = readFileSync(LIFECYCLE_PAGE, 'utf8');
  expect(committed).toBe(withDiagram(committed));
});

it('a page whose diagram no longer matches the table is found stale', () => {
  const committed = readFileSync(LIFECYCLE_PAGE, 'utf8');
  const edited = committed.replace('  DRAFT --> SUBMITTED\n', '  DRAFT --> APPROVED\n');
  expect(edited).not.toBe(committed);
  expect(withDiagram(edited)).not.toBe(edited);
});
