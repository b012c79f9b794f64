// Lint rules that carry the architecture of DESIGN §4, on top of the recommended sets. Each boundary is a
// list of import patterns a folder may not use; test/boundaries.spec.ts breaks every one on purpose.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Across top folders, imports go through package.json "imports" (#domain, …), never a climb of three. */
const NO_DEEP_CLIMB = {
  regex: '^(\\.\\./){3,}',
  message: 'import another top folder through its package.json alias (#domain, #persistence, …), not ../../../',
};

/** The import patterns each folder may not use (ESLint keeps only the last setting of a rule per file). */
export const BOUNDARIES = [
  {
    name: 'the API never runs the lifecycle itself',
    files: ['apps/api/**/*.ts'],
    patterns: [
      {
        regex: '^#(activities|dev-stack)$|(^|/)(activities|workflows)(/|$)',
        message: 'apps/api imports neither activities/ nor workflows/',
      },
    ],
  },
  {
    name: 'the worker runs the product, not the development stack',
    files: ['apps/worker/**/*.ts'],
    patterns: [{ regex: '^#dev-stack$', message: 'apps/worker does not import the development stack' }],
  },
  {
    name: 'the console runs in a browser',
    files: ['apps/web/**/*.{ts,tsx}'],
    patterns: [{ regex: '^#(?!domain/texts$)', message: 'apps/web imports only #domain/texts of the project' }],
  },
  {
    name: 'workflow code is replayed',
    files: ['workflows/**/*.ts'],
    patterns: [
      {
        regex: '^(?!(@temporalio/workflow$|#domain(/texts)?$|\\./))',
        message: 'workflows import only #domain and @temporalio/workflow',
      },
    ],
  },
  {
    name: 'the domain is pure',
    files: ['libs/domain/**/*.ts'],
    patterns: [
      {
        regex: '^(?!(\\.\\.?/|@temporalio/(workflow|common)$))|^(\\.\\./){2,}',
        message:
          "libs/domain imports nothing of the project, no Node built-ins, no npm package but the Temporal SDK's message definitions",
      },
    ],
  },
  {
    name: 'the libraries serve the apps',
    files: ['libs/*/src/**/*.ts'],
    ignores: ['libs/domain/**'],
    patterns: [
      {
        regex: '^#(activities|dev-stack)$|(^|/)(apps|activities|workflows)/',
        message: 'libs/ import no app, activity or workflow',
      },
    ],
  },
  {
    name: 'activities are called by the worker',
    files: ['activities/**/*.ts'],
    patterns: [{ regex: '^#dev-stack$|(^|/)apps/', message: 'activities/ import nothing of apps/' }],
  },
  {
    name: 'the database is reached through the repositories',
    files: ['apps/**/*.{ts,tsx}', 'activities/**/*.ts', 'workflows/**/*.ts'],
    patterns: [
      {
        regex: '^(@nestjs/)?typeorm(/|$)',
        message: 'SQL and TypeORM live in the repositories of #persistence: inject those (entity types come from #persistence)',
      },
    ],
  },
  {
    name: 'scripts, tools and benchmarks use the apps as they run',
    files: ['scripts/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts'],
    patterns: [
      {
        regex: '(^|/)apps/[^/]+/src(/|$)',
        message: 'scripts, tools and bench/ run the built apps; they never import apps/*/src',
      },
    ],
  },
];

// ESLint keeps one setting of a rule per file, the last that matches: a boundary inside another (apps/api inside
// apps/) carries the patterns of both, and comes after it. Files are inside a boundary when each of their folders
// is inside one of its folders, and in none it ignores.
const folderOf = (glob) => glob.slice(0, glob.indexOf('*'));
const inFolders = (glob, globs) => globs.some((outer) => folderOf(glob).startsWith(folderOf(outer)));
const inside = (files, outer) => files.every((glob) => inFolders(glob, outer.files) && !inFolders(glob, outer.ignores ?? []));
const enclosing = (files) => BOUNDARIES.filter((outer) => inside(files, outer));
const outermostFirst = (a, b) => enclosing(a.files).length - enclosing(b.files).length;

// Specs are tests: they may reach into what they test.
const boundary = ({ files, ignores = [] }) => ({
  files,
  ignores: [...ignores, '**/*.spec.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [NO_DEEP_CLIMB, ...enclosing(files).flatMap(({ patterns }) => patterns)] }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', '.tools/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: { URL: 'readonly', process: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [NO_DEEP_CLIMB] }],
    },
  },
  ...BOUNDARIES.toSorted(outermostFirst).map(boundary),
  {
    // Workflow code is replayed: no clock, no randomness.
    files: ['workflows/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'use new Date() (workflow time) in workflows' },
        { object: 'Math', property: 'random', message: 'use uuid4() from @temporalio/workflow' },
      ],
    },
  },
);
