import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace';
import { isUntracedPath } from './route-of';

export interface TelemetryOptions {
  /** The service's short name, e.g. 'enrolment': `service.name` of every span (OTEL_SERVICE_NAME wins). */
  serviceName: string;
  /** Where the OTLP settings are read from; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the exporter chosen by configuration, e.g. an in-memory exporter in a test. */
  spanProcessors?: SpanProcessor[];
}

/** The keys telemetry reads (besides the SDK's own OTEL_* keys), documented in .env.example. */
export const TELEMETRY_KEYS = {
  endpoint: 'OTEL_EXPORTER_OTLP_ENDPOINT',
  tracesEndpoint: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
} as const;

let running: NodeSDK | undefined;

/**
 * Starts OpenTelemetry: instrumentation of HTTP, Express, NestJS, the MongoDB driver, ioredis and kafkajs, the
 * W3C trace-context propagator, and an OTLP/HTTP exporter when an endpoint is configured. Without one, spans
 * are still made (trace and span ids in logs and in the outbox) but go nowhere. Must run before the libraries
 * it instruments are loaded: see `./register` and docs/adr/0009-traces-and-metrics.md.
 */
export function startTelemetry(options: TelemetryOptions): void {
  if (running) return;
  const env = options.env ?? process.env;
  const sdk = new NodeSDK({
    // An empty key (as .env.example lists it) means the default, as the SDK treats its own keys.
    serviceName: env.OTEL_SERVICE_NAME ? env.OTEL_SERVICE_NAME : options.serviceName,
    spanProcessors: options.spanProcessors ?? spanProcessorsFrom(env),
    // Metrics are prom-client's (/metrics) and logs go to stdout: the SDK would otherwise export both by OTLP.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => isUntracedPath(request.url ?? ''),
        // An outgoing call outside any trace (a JWKS refresh) is not worth a trace of its own.
        requireParentforOutgoingSpans: true,
      }),
      // Express names the route of the HTTP span; its middleware layers are noise.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      new NestInstrumentation(),
      // The relay and the lease poll MongoDB and Redis all the time: only calls inside a trace get spans.
      new MongoDBInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
      // Its producer spans are suppressed by the kafkajs adapter: the relay makes its own, parented on the
      // commit's stored trace (see libs/messaging OutboxRelay).
      new KafkaJsInstrumentation(),
    ],
  });
  sdk.start();
  running = sdk;
}

/** Exports what is buffered and stops telemetry; safe to call when it never started. */
export async function stopTelemetry(): Promise<void> {
  const sdk = running;
  running = undefined;
  await sdk?.shutdown();
}

/**
 * Where spans are exported to, or undefined for nowhere: the traces endpoint, else the general one. An empty
 * key counts as unset (`npm start` exports every key of .env.example, empty ones too). Throws for a value that
 * is no URL, naming the key, so a typo stops the service instead of silently losing its traces.
 */
export function traceExportEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  for (const key of [TELEMETRY_KEYS.tracesEndpoint, TELEMETRY_KEYS.endpoint]) {
    const value = env[key]?.trim();
    if (value === undefined || value === '') continue;
    if (!URL.canParse(value)) {
      throw new Error(`${key} must be a URL such as http://otel-collector:4318, not "${value}"`);
    }
    return value;
  }
  return undefined;
}

function spanProcessorsFrom(env: NodeJS.ProcessEnv): SpanProcessor[] {
  if (traceExportEndpoint(env) === undefined) return [new NoopSpanProcessor()];
  // The exporter reads the endpoint, headers and timeout from the OTEL_EXPORTER_OTLP_* keys itself.
  return [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })];
}
