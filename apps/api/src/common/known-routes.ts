// The methods each path of the OpenAPI document answers, so that another method on a known path is a 405
// with `Allow` (RFC 9110), not the router's 404: the path exists, the method does not.
import { Injectable } from '@nestjs/common';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

@Injectable()
export class KnownRoutes {
  private routes: { pattern: RegExp; methods: string[] }[] = [];

  /** Learns the paths and methods of `document`; `{id}` stands for one segment. */
  learn(document: { paths: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>> }): void {
    this.routes = Object.entries(document.paths).map(([path, item]) => ({
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+')}/?$`),
      methods: METHODS.filter((method) => item[method]).map((method) => method.toUpperCase()),
    }));
  }

  /** The methods `path` answers (of every route it matches), or none when no route of the document has it. */
  allowed(path: string): string[] {
    const methods = this.routes.filter((route) => route.pattern.test(path)).flatMap((route) => route.methods);
    return [...new Set(methods)];
  }
}
