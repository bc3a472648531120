import { ProxyTracerProvider, trace, type TracerProvider } from '@opentelemetry/api';

interface Flushable {
  forceFlush(): Promise<void>;
}

function isFlushable(provider: TracerProvider): provider is TracerProvider & Flushable {
  return 'forceFlush' in provider && typeof provider.forceFlush === 'function';
}

/**
 * Exports the spans still buffered, before the process exits: telemetry is started by the preload, which
 * the service's stop does not know, so this goes through the registered tracer provider.
 */
export async function flushTraces(): Promise<void> {
  const registered = trace.getTracerProvider();
  const provider = registered instanceof ProxyTracerProvider ? registered.getDelegate() : registered;
  if (isFlushable(provider)) await provider.forceFlush();
}
