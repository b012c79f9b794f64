// The web console (apps/web, built by Vite into dist/web) served by the API itself: hashed assets with a
// long cache, and index.html for every other GET a browser makes, so that deep links work. Paths of the
// API, the probes, the metrics and the OpenAPI docs are never answered with the page.
import { existsSync, readFileSync } from 'node:fs';
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
  app.useStaticAssets(`${dir}assets`, { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isConsoleRoute(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(page);
  });
}
