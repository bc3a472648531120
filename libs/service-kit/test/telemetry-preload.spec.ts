import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { eventually, freePort, testEnv, tokenFor } from '../src/testing';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const PRELOAD = join(__dirname, '..', 'src', 'telemetry', 'register.ts');
const SAMPLE_MAIN = join(__dirname, 'fixtures', 'sample.main.ts');

interface ExportedSpan {
  service: string;
  scope: string;
  traceId: string;
  parentSpanId: string;
  name: string;
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string };
}

interface OtlpTraces {
  resourceSpans?: Array<{
    resource: { attributes: OtlpAttribute[] };
    scopeSpans?: Array<{
      scope: { name: string };
      spans?: Array<{ traceId: string; parentSpanId?: string; name: string }>;
    }>;
  }>;
}

/** A stand-in for an OpenTelemetry collector: takes OTLP/HTTP JSON and keeps the spans. */
async function startCollector(): Promise<{ server: Server; endpoint: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const traces = JSON.parse(body) as OtlpTraces;
      for (const resource of traces.resourceSpans ?? []) {
        const service =
          resource.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value
            .stringValue ?? '';
        for (const scoped of resource.scopeSpans ?? []) {
          for (const span of scoped.spans ?? []) {
            spans.push({
              service,
              scope: scoped.scope.name,
              traceId: span.traceId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
            });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${port}`, spans };
}

describe('telemetry preloaded into a service process', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let child: ChildProcess;
  let baseUrl: string;
  let output = '';

  beforeAll(async () => {
    collector = await startCollector();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // As `npm start` runs a service, with the preload in front of its entry point (swc compiles the sources here).
    child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', PRELOAD, SAMPLE_MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...testEnv(),
        PORT: String(port),
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        OTEL_SERVICE_NAME: 'sample-preloaded',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(
      async () =>
        (await fetch(`${baseUrl}/health/ready`).catch(() => undefined))?.status === 200 || undefined,
      { timeoutMs: 60_000, what: 'the preloaded service to answer /health/ready' },
    );
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it("exports the spans of the HTTP, Express and NestJS instrumentations in the caller's trace", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';

    const response = await fetch(`${baseUrl}/samples/list?page=1`, {
      headers: {
        authorization: await tokenFor(['helpdesk']),
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
    });
    expect(response.status).toBe(200);

    const spans = await eventually(() => {
      const ofTrace = collector.spans.filter((span) => span.traceId === traceId);
      return ofTrace.some((span) => span.scope.endsWith('nestjs-core')) ? ofTrace : undefined;
    });
    const server = spans.find((span) => span.scope === '@opentelemetry/instrumentation-http');
    expect(server).toMatchObject({
      service: 'sample-preloaded',
      name: 'GET /samples/list',
      parentSpanId: '00f067aa0ba902b7',
    });
    expect(spans.map((span) => span.scope)).toEqual(
      expect.arrayContaining([
        '@opentelemetry/instrumentation-express',
        '@opentelemetry/instrumentation-nestjs-core',
      ]),
    );
    // The kit made no second server span: the instrumentation's was active.
    expect(spans.filter((span) => span.scope === '@okr/service-kit')).toEqual([]);
  });

  it('leaves probes and scrapes out of the traces', async () => {
    await fetch(`${baseUrl}/health/ready`);
    await fetch(`${baseUrl}/health/live`);
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(collector.spans.filter((span) => span.name.includes('/health'))).toEqual([]);
  });
});
