// Rate limits where no token identifies the caller: the public endpoints (the register, the docs) per
// client address, and failed authentications per client address, so a token cannot be guessed by brute
// force. Fixed one-minute windows in memory: each API replica counts on its own, which bounds a client at
// replicas × limit — enough against abuse, no shared store to run.
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ApiConfig } from '#config';
import { refuse } from '#domain';
import { RefusedException } from '#temporal';
import { type Access, ACCESS_KEY } from '../auth/access.decorators.js';
import { API_CONFIG } from './api-config.js';

const WINDOW_MS = 60_000;

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perWindow: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one hit for `key`. */
  hit(key: string): void {
    const now = this.clock();
    const window = this.current(key, now);
    if (window) window.count++;
    else this.windows.set(key, { start: now, count: 1 });
    if (this.windows.size > 10_000) this.prune(now);
  }

  /** Seconds until `key` may go on, or 0 while it is under the limit. */
  waitFor(key: string): number {
    const now = this.clock();
    const window = this.current(key, now);
    return window && window.count >= this.perWindow ? Math.ceil((window.start + WINDOW_MS - now) / 1000) : 0;
  }

  private current(key: string, now: number) {
    const window = this.windows.get(key);
    return window && now - window.start < WINDOW_MS ? window : undefined;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(key);
  }
}

export class TooManyRequests extends RefusedException {
  constructor(readonly retryAfterSeconds: number) {
    super(refuse('too_many_requests', { seconds: retryAfterSeconds }));
  }
}

@Injectable()
export class RateLimits {
  readonly publicRequests: FixedWindowLimiter;
  readonly failedAuthentications: FixedWindowLimiter;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.publicRequests = new FixedWindowLimiter(config.RATE_LIMIT_PUBLIC_PER_MINUTE);
    this.failedAuthentications = new FixedWindowLimiter(config.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE);
  }
}

/** Runs before the AuthGuard: a client over a limit is refused before its token is even read. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const client = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    if (access?.kind === 'public') {
      if (!access.limited) return true;
      const wait = this.limits.publicRequests.waitFor(client);
      if (wait > 0) throw new TooManyRequests(wait);
      this.limits.publicRequests.hit(client);
      return true;
    }
    const wait = this.limits.failedAuthentications.waitFor(client);
    if (wait > 0) throw new TooManyRequests(wait);
    return true;
  }
}
