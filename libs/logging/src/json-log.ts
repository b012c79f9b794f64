// Structured logs: one JSON object a line on stdout, for whatever collects the city's logs. Callers pass
// ids, names of steps and outcomes — never tokens, request bodies, headers or personal data.
import type { LoggerService, LogLevel } from '@nestjs/common';

export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;
type Level = 'debug' | 'info' | 'warn' | 'error';

export function logLine(service: string, level: Level, msg: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, service, msg, ...fields });
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
}

/** Nest's own messages as JSON lines; by default only its warnings and errors (not its route listing). */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private levels: LogLevel[] = ['fatal', 'error', 'warn'],
  ) {}

  setLogLevels(levels: LogLevel[]): void {
    this.levels = levels;
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', 'info', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', 'warn', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', 'error', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', 'error', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', 'debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', 'debug', message, rest);
  }

  private write(nestLevel: LogLevel, level: Level, message: unknown, rest: unknown[]): void {
    if (!this.levels.includes(nestLevel)) return;
    // Nest passes (message, stack?, context?) to error and (message, context?) to the others.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = nestLevel === 'error' && rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    logLine(this.service, level, text, { context, stack });
  }
}
