// `npm run check` runs knip with the project's own configuration (knip.config.js): here, on a small project of
// the same layout, it refuses an export nobody imports through the aliases, and passes once it is used.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const KNIP = resolve('node_modules/knip/bin/knip.js');

function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bareun-knip-'));
  copyFileSync('knip.config.js', join(root, 'knip.config.js'));
  copyFileSync('tsconfig.json', join(root, 'tsconfig.json'));
  const manifest = { name: 'probe', type: 'module', imports: { '#domain': './libs/domain/src/index.ts' } };
  writeFileSync(join(root, 'package.json'), JSON.stringify(manifest));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function knip(root: string) {
  const run = spawnSync(process.execPath, [KNIP, '--directory', root, '--include', 'exports,files', '--no-progress'], {
    encoding: 'utf8',
  });
  rmSync(root, { recursive: true, force: true });
  return { status: run.status, output: run.stdout + run.stderr };
}

const domain = 'export const used = 1;\nexport const forgotten = 2;\n';

it('reports an export of a library that nothing imports', () => {
  const { status, output } = knip(
    projectWith({
      'libs/domain/src/index.ts': domain,
      'apps/api/src/main.ts': "import { used } from '#domain';\nconsole.log(used);\n",
    }),
  );
  expect(status).toBe(1);
  expect(output).toMatch(/forgotten\s.*libs\/domain\/src\/index\.ts/);
});

it('passes once every export is used', () => {
  const main = "import { forgotten, used } from '#domain';\nconsole.log(used, forgotten);\n";
  const { status, output } = knip(projectWith({ 'libs/domain/src/index.ts': domain, 'apps/api/src/main.ts': main }));
  expect({ status, output }).toEqual({ status: 0, output: expect.any(String) });
});
