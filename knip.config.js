// Dead code, found by knip in `npm run check`: files nothing imports, exports nobody uses, dependencies
// nothing needs. The entries are the processes, tools and tests that run.
export default {
  entry: [
    'apps/api/src/main.ts',
    'apps/api/src/openapi-document.ts',
    'apps/worker/src/main.ts',
    'workflows/index.ts',
    // bundled by path with the workflows (libs/temporal/src/workflow-bundle.ts)
    'workflows/sealed-payload-converter.ts',
    'workflows/sealed-messages.ts',
    'workflows/trace-context.ts',
    'scripts/*.ts',
    'tools/*.ts',
    'bench/bench.ts',
    'bench/bench-stalled.ts',
    'bench/bench-web.ts',
    'bench/lighthouse.ts',
    'bench/floor-workflow.ts',
    // preloaded into the API and the worker by the bench (node --import)
    'bench/count-statements.ts',
    'libs/persistence/src/data-source.ts',
    // Listed here rather than read from the jest configs: knip's jest plugin would take every alias the configs
    // map (#domain, …) for an entry, and never report an export of the libraries nobody uses.
    '**/*.spec.ts',
    'test/**/*.e2e-spec.ts',
    'test/**/*.faults-spec.ts',
    'test/support/{global-setup,global-teardown,register-policies}.ts',
  ],
  project: ['{apps,libs,workflows,activities,scripts,tools,bench,test}/**/*.{ts,tsx}'],
  includeEntryExports: true,
  jest: false,
  ignore: ['apps/web/src/api/schema.d.ts'],
  // looked for, not required: tools/contract.ts asks pyenv for a Python 3.12+ where there is one; the system's
  // openssl makes the certificates of the mTLS test (test/support/tls-terminator.ts); Go builds helm and
  // kubeconform for npm run check:deploy (tools/deploy-check/go-tools.ts)
  ignoreBinaries: ['openssl', 'pyenv', 'go'],
  ignoreDependencies: [
    // the jest configs' transform
    '@swc/jest',
    // one copy of protobufjs for all the Temporal packages, or replaying JSON histories fails
    'protobufjs',
    // files used by path, not imported: the browser's binary and the console's font files
    '@sparticuz/chromium',
    'pretendard-gov',
    // what `react` and `react-dom` resolve to in the console's build (apps/web/vite.config.ts's aliases)
    'preact',
  ],
};
