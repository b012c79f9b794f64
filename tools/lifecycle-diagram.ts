// docs/lifecycle.md's diagram and table of the stages, drawn from the lifecycle's one table
// (libs/domain/src/stages.ts) between the page's markers. `npm run docs:lifecycle` rewrites the page;
// test/lifecycle-diagram.spec.ts fails when the committed page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROPOSAL_STATUSES, STAGES } from '#domain';

export const LIFECYCLE_PAGE = resolve('docs/lifecycle.md');
const START = '<!-- lifecycle-diagram:start -->';
const END = '<!-- lifecycle-diagram:end -->';

function diagram(): string[] {
  const moves = PROPOSAL_STATUSES.flatMap((from) => STAGES[from].next.map((to) => `  ${from} --> ${to}`));
  const ends = PROPOSAL_STATUSES.filter((s) => STAGES[s].final).map((s) => `  ${s} --> [*]`);
  return ['```mermaid', 'stateDiagram-v2', '  [*] --> DRAFT', ...moves, ...ends, '```'];
}

const list = (items: readonly string[]) => (items.length > 0 ? items.map((i) => `\`${i}\``).join(', ') : '—');

function table(): string[] {
  const rows = PROPOSAL_STATUSES.map((status) => {
    const { next, department, waitsOn, deadline, task, final, notice } = STAGES[status];
    const waits = [waitsOn, deadline && `\`${deadline}\``, task && `task \`${task}\``].filter(Boolean).join(', ');
    return [`\`${status}\`${final ? ' (final)' : ''}`, list(next), list(department), waits, notice ?? '—'];
  });
  return aligned(['stage', 'moves to', 'the department may', 'waits on', 'the department is told'], rows);
}

/** A Markdown table with its columns padded, as prettier writes one (the cells are ASCII but for the dash). */
function aligned(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, i) => Math.max(3, ...[header, ...rows].map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The page with its generated section between the markers made anew. */
export function withDiagram(page: string): string {
  const [before, rest] = page.split(START);
  if (rest === undefined || !rest.includes(END)) throw new Error(`${LIFECYCLE_PAGE} lacks the markers ${START} … ${END}`);
  const after = rest.slice(rest.indexOf(END));
  const generated = [
    '',
    "Drawn from the lifecycle's table, `libs/domain/src/stages.ts`, by `npm run docs:lifecycle`: the moves a",
    "workflow may make (any other is refused), what the department may do at each stage (the proposal's",
    '`allowedActions`), who is waited on, with the policy deadline and the task kind that is open, and which',
    'decision the department is emailed on arriving.',
    '',
    ...diagram(),
    '',
    ...table(),
    '',
  ];
  return `${before}${START}\n${generated.join('\n')}\n${after}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(LIFECYCLE_PAGE, withDiagram(readFileSync(LIFECYCLE_PAGE, 'utf8')));
  console.log(`wrote ${LIFECYCLE_PAGE}`);
}
