// The headless Chromium that @sparticuz/chromium ships brotli-compressed, unpacked once per version into
// node_modules/.cache. Not through its own executablePath(): that one writes straight to /tmp/chromium, so a
// second jest worker starting meanwhile finds the half-written file and fails to run it (ETXTBSY), and a run
// killed mid-way leaves a truncated binary that every later run reuses.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

export const PACKAGE = '@sparticuz/chromium';
// Its entry point (build/index.js, which sets up AWS Lambda) is not run. Of bin/ only the browser is unpacked:
// its fonts are the Lambda's, and SwiftShader's GPU libraries stay unused under --disable-gpu.
const packageDir = dirname(dirname(createRequire(import.meta.url).resolve(PACKAGE)));
export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;

/** The path of the unpacked binary, unpacking it on first use. */
export async function packagedChromium(): Promise<string> {
  const dir = join(packageDir, '..', '..', '.cache', `sparticuz-chromium-${PACKAGE_VERSION}`);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  // Into a file of this process's own, then renamed: the binary's path only ever holds a whole file.
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await pipeline(
      createReadStream(join(packageDir, 'bin', 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  return binary;
}

// No sandbox as root in CI; no background networking, which would hammer a closed network. Of the flags
// @sparticuz/chromium suggests for AWS Lambda only the two that stop more traffic: --single-process makes
// Playwright's first page close the browser, and most others turn off web security and site isolation or set
// up a GPU that --disable-gpu leaves unused.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
];
