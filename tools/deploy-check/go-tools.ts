// helm and kubeconform built from their Go modules, tools/compose-config built from its source, and the two
// modules whose files give the schemas, all kept in the ignored .tools/deploy/ folder: GOPATH, GOBIN, GOCACHE
// and GOMODCACHE point inside it, so nothing lands in $HOME, and a tool or module already there is used as it
// is (a warm run builds nothing).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEPLOY_TOOLS_DIR = resolve('.tools/deploy');

/** Pinned versions: change one and the next run builds or fetches it beside the old. */
export const PINS = {
  helm: { module: 'helm.sh/helm/v4', command: 'cmd/helm', version: 'v4.3.2' },
  kubeconform: { module: 'github.com/yannh/kubeconform', command: 'cmd/kubeconform', version: 'v0.8.0' },
  // The Kubernetes API's OpenAPI document (api/openapi-spec/swagger.json) and KEDA's CRDs.
  kubernetes: { module: 'k8s.io/kubernetes', version: 'v1.36.3' },
  keda: { module: 'github.com/kedacore/keda/v2', version: 'v2.21.0' },
} as const;

const goHome = join(DEPLOY_TOOLS_DIR, 'go');

function goEnv(gobin: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOPATH: goHome,
    GOBIN: gobin,
    GOCACHE: join(goHome, 'cache'),
    GOMODCACHE: join(goHome, 'mod'),
    // Module files stay deletable by `rm -rf .tools`.
    GOFLAGS: '-modcacherw',
    // Module mode, whatever GO111MODULE the caller has.
    GO111MODULE: 'on',
    // GOTOOLCHAIN is left as the caller has it: these pins build with the machine's Go 1.26; a pin that needs a
    // newer one builds with `GOTOOLCHAIN=go1.27.3 npm run check:deploy` (fetched from the module proxy).
  };
}

function go(args: string[], gobin = join(goHome, 'bin'), cwd = DEPLOY_TOOLS_DIR): string {
  try {
    return execFileSync('go', args, { cwd, env: goEnv(gobin), encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`go ${args.join(' ')} failed (is Go installed?):\n${stderr || String(error)}`, { cause: error });
  }
}

/** The path of the pinned binary, built with `go install` when it is not there yet. */
export function goBinary(name: 'helm' | 'kubeconform', log: (message: string) => void): string {
  const pin = PINS[name];
  const gobin = join(DEPLOY_TOOLS_DIR, 'bin', `${name}-${pin.version}`);
  const binary = join(gobin, name);
  if (!existsSync(binary)) {
    mkdirSync(gobin, { recursive: true });
    log(`building ${name} ${pin.version} from ${pin.module} (once; a few minutes)`);
    go(['install', `${pin.module}/${pin.command}@${pin.version}`], gobin);
  }
  return binary;
}

/** The folder of a pinned module's files, downloaded through the module proxy when not cached. */
export function goModuleDir(name: 'kubernetes' | 'keda', log: (message: string) => void): string {
  const pin = PINS[name];
  const cached = join(goHome, 'mod', `${pin.module}@${pin.version}`);
  if (existsSync(cached)) return cached;
  mkdirSync(DEPLOY_TOOLS_DIR, { recursive: true });
  log(`downloading ${pin.module}@${pin.version}`);
  const { Dir } = JSON.parse(go(['mod', 'download', '-json', `${pin.module}@${pin.version}`])) as { Dir: string };
  return Dir;
}

const COMPOSE_CONFIG_SOURCE = resolve('tools/compose-config');

/** tools/compose-config (compose-go's loader, as `docker compose config` runs it), built once per source. */
export function composeConfigBinary(log: (message: string) => void): string {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(COMPOSE_CONFIG_SOURCE, file)));
  const binary = join(DEPLOY_TOOLS_DIR, 'bin', `compose-config-${hash.digest('hex').slice(0, 12)}`, 'compose-config');
  if (!existsSync(binary)) {
    log('building tools/compose-config (compose-go) (once; under a minute)');
    go(['build', '-o', binary, '.'], undefined, COMPOSE_CONFIG_SOURCE);
  }
  return binary;
}
