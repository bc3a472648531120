import { anonymous, type LabsApp, startLabs } from './labs-app';

interface Operation {
  'x-roles'?: string[];
  summary?: string;
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('the OpenAPI document of the labs service', () => {
  let service: LabsApp;
  let operations: Array<{ endpoint: string; operation: Operation }>;

  beforeAll(async () => {
    service = await startLabs();
    const response = await anonymous(service.app).get('/docs-json').expect(200);
    const paths = (response.body as { paths: Record<string, Record<string, Operation>> }).paths;
    operations = Object.entries(paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          endpoint: `${method.toUpperCase()} ${path}`,
          operation,
        })),
      )
      // The kit's own routes (probes, Prometheus's /metrics) have roles and answers of their own.
      .filter(({ endpoint }) => !endpoint.includes(' /health/') && !endpoint.endsWith(' /metrics'));
  });

  afterAll(async () => {
    await service.close();
  });

  it('names the roles and says what each endpoint does', () => {
    expect(operations.length).toBeGreaterThanOrEqual(26);
    expect(
      operations
        .filter(({ operation }) => (operation['x-roles'] ?? []).length === 0)
        .map(({ endpoint }) => endpoint),
    ).toEqual([]);
    expect(operations.filter(({ operation }) => !operation.summary).map(({ endpoint }) => endpoint)).toEqual(
      [],
    );
  });

  it('lets only the lab team and administrators write, and the help desk read', () => {
    for (const { endpoint, operation } of operations) {
      const expected = endpoint.startsWith('GET ')
        ? ['pillar-team:labs', 'helpdesk', 'admin']
        : ['pillar-team:labs', 'admin'];
      expect({ endpoint, roles: operation['x-roles'] }).toEqual({ endpoint, roles: expected });
    }
  });

  it('documents a request schema for every write and a response schema for every success', () => {
    const writesWithoutBody = operations
      .filter(
        ({ endpoint, operation }) => endpoint.startsWith('POST ') && operation.requestBody === undefined,
      )
      .map(({ endpoint }) => endpoint);
    const withoutResponseSchema = operations
      .filter(({ operation }) => {
        const success = operation.responses?.['200'] ?? operation.responses?.['201'];
        return success?.content?.['application/json']?.schema === undefined;
      })
      .map(({ endpoint }) => endpoint);

    expect(writesWithoutBody).toEqual([]);
    expect(withoutResponseSchema).toEqual([]);
  });
});
