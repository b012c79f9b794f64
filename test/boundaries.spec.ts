// The dependency rules of DESIGN §4 hold because lint refuses to break them: each rule is broken here on
// purpose, in a file of the folder it guards, and lint must refuse it; the import the folder may use passes.
import { execFileSync } from 'node:child_process';

interface Case {
  filePath: string;
  code: string;
}

// ESLint loads its flat config with a dynamic import, which jest's module realm does not give it: lint in a
// child process, all cases at once.
const LINT = `
  import { ESLint } from 'eslint';
  const cases = JSON.parse(process.argv[1]);
  const eslint = new ESLint();
  const results = [];
  for (const { filePath, code } of cases) {
    const [result] = await eslint.lintText(code, { filePath });
    results.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length > 0);
  }
  console.log(JSON.stringify(results));
`;

function refused(cases: Case[]): boolean[] {
  const args = ['--input-type=module', '-e', LINT, JSON.stringify(cases)];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

const imports = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

/** For every rule: an import the folder may not use, and one it may. */
const RULES: { rule: string; filePath: string; forbidden: string; allowed: string }[] = [
  { rule: 'api ↛ activities', filePath: 'apps/api/src/proposals/x.ts', forbidden: '#activities', allowed: '#persistence' },
  { rule: 'api ↛ workflows', filePath: 'apps/api/src/x.ts', forbidden: '../../../workflows/review.js', allowed: '#temporal' },
  { rule: 'workflows ↛ persistence', filePath: 'workflows/x.ts', forbidden: '#persistence', allowed: '#domain' },
  {
    rule: 'workflows ↛ npm packages',
    filePath: 'workflows/x.ts',
    forbidden: '@temporalio/client',
    allowed: '@temporalio/workflow',
  },
  { rule: 'workflows ↛ Node built-ins', filePath: 'workflows/x.ts', forbidden: 'node:crypto', allowed: './lifecycle-context.js' },
  { rule: 'domain ↛ the project', filePath: 'libs/domain/src/x.ts', forbidden: '#persistence', allowed: './lifecycle.js' },
  {
    rule: 'domain ↛ out of its folder',
    filePath: 'libs/domain/src/x.ts',
    forbidden: '../../config/src/index.js',
    allowed: './actors.js',
  },
  { rule: 'domain ↛ npm packages', filePath: 'libs/domain/src/x.ts', forbidden: 'typeorm', allowed: '@temporalio/common' },
  { rule: 'domain ↛ Node built-ins', filePath: 'libs/domain/src/x.ts', forbidden: 'node:fs', allowed: '@temporalio/workflow' },
  { rule: 'activities ↛ apps', filePath: 'activities/x.ts', forbidden: '../apps/api/src/app.module.js', allowed: '#domain' },
  { rule: 'libs ↛ apps', filePath: 'libs/persistence/src/x.ts', forbidden: '../../../apps/api/src/x.js', allowed: '#domain' },
  { rule: 'libs ↛ activities', filePath: 'libs/temporal/src/x.ts', forbidden: '#activities', allowed: '#config' },
  { rule: 'api ↛ TypeORM', filePath: 'apps/api/src/tasks/x.ts', forbidden: 'typeorm', allowed: '#persistence' },
  {
    rule: 'worker ↛ TypeORM internals',
    filePath: 'apps/worker/src/x.ts',
    forbidden: 'typeorm/driver/postgres/PostgresDriver.js',
    allowed: '#persistence',
  },
  { rule: 'activities ↛ Nest TypeORM', filePath: 'activities/x.ts', forbidden: '@nestjs/typeorm', allowed: '#persistence' },
  { rule: 'scripts ↛ apps/*/src', filePath: 'scripts/x.ts', forbidden: '../apps/api/src/app.module.js', allowed: '#persistence' },
  { rule: 'tools ↛ apps/*/src', filePath: 'tools/x.ts', forbidden: '../apps/worker/src/main.js', allowed: '#dev-stack' },
  { rule: 'bench ↛ apps/*/src', filePath: 'bench/x.ts', forbidden: '../apps/api/src/x.js', allowed: '#auth' },
  { rule: 'console ↛ the server', filePath: 'apps/web/src/x.tsx', forbidden: '#persistence', allowed: './y.js' },
  { rule: 'no climb of three folders', filePath: 'test/support/x.ts', forbidden: '../../../x.js', allowed: '#domain' },
];

let verdicts: boolean[];
beforeAll(() => {
  verdicts = refused(
    RULES.flatMap(({ filePath, forbidden, allowed }) => [forbidden, allowed].map((s) => ({ filePath, code: imports(s) }))),
  );
});

it.each(RULES.map((r, i) => [r.rule, i] as const))('lint refuses %s, and lets the allowed import pass', (_rule, i) => {
  const [forbiddenRefused, allowedRefused] = verdicts.slice(2 * i, 2 * i + 2);
  expect({ forbiddenRefused, allowedRefused }).toEqual({ forbiddenRefused: true, allowedRefused: false });
});
