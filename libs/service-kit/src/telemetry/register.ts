// Preloaded with `node --require @okr/service-kit/telemetry services/<name>/dist/main.js`, so that telemetry
// starts before NestJS, the MongoDB driver, ioredis and kafkajs are first loaded and can be instrumented
// (docs/adr/0009-traces-and-metrics.md). Importing the library never starts it: tests and tools stay untraced.
import { startTelemetry } from './telemetry';

startTelemetry({ serviceName: serviceNameOf(process.argv[1] ?? '') });

/** `services/<name>/dist/main.js` → `<name>`; OTEL_SERVICE_NAME overrides it. */
function serviceNameOf(entry: string): string {
  return /services[\\/]([^\\/]+)[\\/]/.exec(entry)?.[1] ?? 'unknown-service';
}
