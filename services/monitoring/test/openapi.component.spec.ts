import {
  createTopics,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';

interface Operation {
  'x-roles'?: string[];
  summary?: string;
  responses?: Record<string, Response>;
}

interface Response {
  content?: Record<string, { schema?: { $ref?: string } }>;
}

function hasSchema(response: Response): boolean {
  return Object.values(response.content ?? {}).some((media) => media.schema !== undefined);
}

function isProblem(response: Response): boolean {
  return (
    response.content?.['application/problem+json']?.schema?.$ref === '#/components/schemas/ProblemDetails'
  );
}

describe('the OpenAPI document of monitoring', () => {
  let monitoring: MonitoringApp;
  let topics: TestTopics;
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    topics = await createTopics();
    monitoring = await startMonitoring(monitoringEnv(topics));
    const response = await monitoring.anonymous().get('/docs-json').expect(200);
    paths = (response.body as { paths: Record<string, Record<string, Operation>> }).paths;
  });

  afterAll(async () => {
    await monitoring.close();
    await removeTopics(topics);
  });

  it('names the roles of every endpoint except health and metrics, and says what each does', () => {
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        endpoint: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );
    const open = (endpoint: string): boolean =>
      endpoint.includes(' /health/live') ||
      endpoint.includes(' /health/ready') ||
      endpoint.endsWith(' /metrics');

    expect(
      operations
        .filter(({ endpoint, operation }) => !open(endpoint) && !operation['x-roles']?.length)
        .map(({ endpoint }) => endpoint),
    ).toEqual([]);
    expect(operations.filter(({ operation }) => !operation.summary).map(({ endpoint }) => endpoint)).toEqual(
      [],
    );
  });

  it('documents KPIs, their live stream, the funnel, equal access, the quarterly report, lag and rebuild', () => {
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/kpis',
        '/kpis/{id}',
        '/kpis/stream',
        '/funnel',
        '/equal-access',
        '/subsidy-rounds',
        '/participation',
        '/reports/quarterly/{period}',
        '/health/lag',
        '/metrics',
        '/admin/rebuild',
      ]),
    );
  });

  it('types the success answer of every operation, so a client can be generated', () => {
    const untyped = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) =>
        Object.entries(operation.responses ?? {})
          .filter(([status, response]) => status.startsWith('2') && !hasSchema(response))
          .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );

    expect(untyped).toEqual([]);
  });

  it('documents every error answer of an endpoint with roles as a problem document', () => {
    const untyped = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation['x-roles'] !== undefined)
        .flatMap(([method, operation]) =>
          Object.entries(operation.responses ?? {})
            .filter(([status, response]) => Number(status) >= 400 && !isProblem(response))
            .map(([status]) => `${method.toUpperCase()} ${path} ${status}`),
        ),
    );

    expect(untyped).toEqual([]);
  });
});
