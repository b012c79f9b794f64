// First of main.ts's imports: the tracing SDK, when configured, hooks into the modules the others load.
import { startTracing } from '#tracing';

startTracing('bareun-api');
