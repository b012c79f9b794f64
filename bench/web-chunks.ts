// What each page of the console loads on a first visit, from the Vite manifest of `npm run build`: the entry
// chunk, the page's own chunk, and every chunk either imports statically (what the browser fetches before the
// page shows), in bytes of JavaScript after gzip.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// From the source (jest) or from its build in dist/bench (npm run bench:web).
const WEB = new URL(import.meta.url.includes('/dist/bench/') ? '../web/' : '../dist/web/', import.meta.url);

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The budgets of issue 18: the public register's first load, and any signed-in page's. */
export const BUDGETS = { register: 120 * 1024, signedIn: 180 * 1024 };

/** Each page by its source (routes.tsx loads each lazily), public or not. */
export const PAGES: { source: string; signedIn: boolean }[] = [
  { source: 'src/public/RegisterPage.tsx', signedIn: false },
  { source: 'src/auth/SignInPage.tsx', signedIn: false },
  ...[
    'src/home/HomePage.tsx',
    'src/manager/ProposalList.tsx',
    'src/manager/NewProposalPage.tsx',
    'src/manager/ProposalEditPage.tsx',
    'src/manager/ProposalPage.tsx',
    'src/reviewer/Inbox.tsx',
    'src/reviewer/TaskPage.tsx',
    'src/admin/StalledBoard.tsx',
    'src/admin/AllProposals.tsx',
    'src/admin/MetricsPage.tsx',
  ].map((source) => ({ source, signedIn: true })),
];

export function readManifest(): Manifest {
  const path = new URL('.vite/manifest.json', WEB);
  if (!existsSync(path)) throw new Error(`no ${path.pathname}: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The chunk's file and those of everything it imports statically, each once. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/** The text of a built file. */
export const builtFile = (file: string) => readFileSync(new URL(file, WEB), 'utf8');

const gzipped = (file: string) => gzipSync(readFileSync(new URL(file, WEB)), { level: 9 }).length;

/** The JavaScript a first visit to the page loads, gzip bytes, and the files. */
export function firstLoad(manifest: Manifest, source: string): { bytes: number; files: string[] } {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  if (!manifest[source]) throw new Error(`the manifest has no chunk for ${source}: is it still a lazy page?`);
  const files = [...closure(manifest, source, closure(manifest, entry))].filter((f) => f.endsWith('.js'));
  return { bytes: files.reduce((sum, file) => sum + gzipped(file), 0), files };
}
