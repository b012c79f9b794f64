// Rate limits per client address: requests to the public endpoints (the register, the docs), and failed
// token verifications, so a token cannot be guessed by brute force. Only the failing requests are refused:
// a valid token always passes, whatever others behind the same address (one office's NAT) tried.
// One-minute windows in memory: each API replica counts on its own, which bounds a client at
// replicas × limit — enough against abuse, no shared store to run.
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ApiConfig } from '#config';
import { refuse } from '#domain';
import { RefusedException } from '#temporal';
import { type Access, ACCESS_KEY } from '../auth/access.decorators.js';
import { API_CONFIG } from './api-config.js';
import { clientKey } from './client-key.js';

const WINDOW_MS = 60_000;
/** Addresses tracked in one window; past it, every new one shares one count (see OVERFLOW). */
const DEFAULT_CAPACITY = 20_000;
/** Where addresses beyond the capacity count together: a flood from many addresses is limited as one client. */
const OVERFLOW = '*';

/**
 * Fixed windows aligned to the minute. Each window has a map of its own, replaced whole when the next one
 * begins, so a hit costs one lookup, nothing is ever scanned, and memory stays under the capacity.
 */
export class WindowedCounter {
  private counts = new Map<string, number>();
  private windowStart = 0;

  constructor(
    private readonly perWindow: number,
    private readonly capacity = DEFAULT_CAPACITY,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one hit for `key` unless it is past the limit; returns the seconds to wait then, else 0. */
  take(key: string): number {
    const counts = this.window();
    const tracked = counts.get(key);
    const slot = tracked !== undefined || counts.size < this.capacity ? key : OVERFLOW;
    const count = tracked ?? counts.get(slot) ?? 0;
    if (count >= this.perWindow) return Math.max(1, Math.ceil((this.windowStart + WINDOW_MS - this.clock()) / 1000));
    counts.set(slot, count + 1);
    return 0;
  }

  /** Keys counted in the current window (for tests and the capacity). */
  get size(): number {
    return this.window().size;
  }

  private window(): Map<string, number> {
    const now = this.clock();
    const start = now - (now % WINDOW_MS);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts = new Map();
    }
    return this.counts;
  }
}

export class TooManyRequests extends RefusedException {
  constructor(readonly retryAfterSeconds: number) {
    super(refuse('too_many_requests', { seconds: retryAfterSeconds }));
  }
}

@Injectable()
export class RateLimits {
  readonly publicRequests: WindowedCounter;
  readonly failedAuthentications: WindowedCounter;

  constructor(
    @Inject(API_CONFIG) config: Pick<ApiConfig, 'RATE_LIMIT_PUBLIC_PER_MINUTE' | 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE'>,
  ) {
    this.publicRequests = new WindowedCounter(config.RATE_LIMIT_PUBLIC_PER_MINUTE);
    this.failedAuthentications = new WindowedCounter(config.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE);
  }

  /**
   * Counts a token from `address` that failed verification. Returns the seconds to wait once the address is
   * past its limit (the guard then answers 429 rather than 401), else 0. A valid token is never counted.
   */
  failedAuthentication(address: string | undefined): number {
    return this.failedAuthentications.take(clientKey(address));
  }
}

/** Limits the public endpoints per client; signed-in endpoints are limited on failure only, in the AuthGuard. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (access?.kind !== 'public' || !access.limited) return true;
    const wait = this.limits.publicRequests.take(clientKey(context.switchToHttp().getRequest<Request>().ip));
    if (wait > 0) throw new TooManyRequests(wait);
    return true;
  }
}
