import { traceExportEndpoint } from './telemetry';

describe('where traces are exported to', () => {
  it('is nowhere when no endpoint is set, or the keys are empty as .env.example lists them', () => {
    expect(traceExportEndpoint({})).toBeUndefined();
    expect(
      traceExportEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: ' ' }),
    ).toBeUndefined();
  });

  it('is the general OTLP endpoint when the traces endpoint is empty', () => {
    expect(
      traceExportEndpoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
      }),
    ).toBe('http://otel-collector:4318');
  });

  it('prefers the traces endpoint when both are set', () => {
    expect(
      traceExportEndpoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/v1/traces',
      }),
    ).toBe('http://tempo:4318/v1/traces');
  });

  it('refuses a value that is no URL, naming the key', () => {
    expect(() => traceExportEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'otel-collector' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be a URL/,
    );
  });
});
