// The web console (apps/web, built by Vite into dist/web) served by the API itself: hashed assets with a
// long cache, and index.html for every other GET a browser makes, so that deep links work. Paths of the
// API, the probes, the metrics and the OpenAPI docs are never answered with the page. Scripts and styles go out
// compressed (brotli, or gzip), each compressed once on its first request: a phone on a slow link fetches a third.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** dist/apps/api/src/console → dist/web */
const WEB_DIR = fileURLToPath(new URL('../../../../web/', import.meta.url));
const NOT_THE_CONSOLE = /^\/(api|health|metrics|docs)(\/|$)/;

export function isConsoleRoute(path: string): boolean {
  // A last segment with a dot is a file (a missing asset is a 404, not the page).
  return !NOT_THE_CONSOLE.test(path) && !/\.[^/]*$/.test(path);
}

export function serveWebConsole(app: NestExpressApplication, dir = WEB_DIR): void {
  const indexFile = `${dir}index.html`;
  if (!existsSync(indexFile)) return; // the API runs without the console (a build without apps/web)
  const page = readFileSync(indexFile);
  app.use(compressedAssets(`${dir}assets/`));
  app.useStaticAssets(`${dir}assets`, { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isConsoleRoute(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(page);
  });
}

const COMPRESSIBLE = /^\/assets\/([\w.-]+\.(js|css))$/;

/** A hashed script or style compressed as the browser accepts it; anything else goes on to the static files. */
function compressedAssets(assets: string) {
  const cache = new Map<string, Buffer>();
  return (request: Request, response: Response, next: NextFunction) => {
    const found = COMPRESSIBLE.exec(request.path);
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (!found || !encoding || (request.method !== 'GET' && request.method !== 'HEAD') || !existsSync(assets + found[1]))
      return next();
    const key = `${encoding}:${found[1]}`;
    let body = cache.get(key);
    if (!body) {
      const file = readFileSync(assets + found[1]);
      // Brotli's quality 9 compresses nearly as well as 11 at a tenth of the time.
      body = encoding === 'br' ? brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(file);
      cache.set(key, body);
    }
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.type(found[2] === 'js' ? 'text/javascript' : 'text/css').send(body);
  };
}
