import { type KnowledgeApp, startKnowledge } from './knowledge-app';

interface Operation {
  'x-roles'?: string[];
  summary?: string;
  responses?: Record<string, unknown>;
}

describe('the OpenAPI document', () => {
  let service: KnowledgeApp;
  let operations: Array<{ endpoint: string; operation: Operation }>;

  beforeAll(async () => {
    service = await startKnowledge();
    const response = await service.anonymous().get('/docs-json').expect(200);
    const paths = (response.body as { paths: Record<string, Record<string, Operation>> }).paths;
    operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        endpoint: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );
  });

  afterAll(async () => {
    await service.close();
  });

  it('names the roles of every endpoint but health and the public reads, and says what each does', () => {
    const isOpen = (endpoint: string): boolean =>
      endpoint.includes(' /health/') || endpoint.includes(' /public/');

    const withoutRoles = operations
      .filter(({ endpoint, operation }) => !isOpen(endpoint) && (operation['x-roles'] ?? []).length === 0)
      .map(({ endpoint }) => endpoint);
    const withoutSummary = operations
      .filter(({ endpoint, operation }) => !endpoint.includes(' /health/') && !operation.summary)
      .map(({ endpoint }) => endpoint);

    expect(operations.length).toBeGreaterThan(25);
    expect(withoutRoles).toEqual([]);
    expect(withoutSummary).toEqual([]);
  });

  it('documents a response schema and the errors of every write', () => {
    const writes = operations.filter(({ endpoint }) => /^(POST|PUT) /.test(endpoint));
    const undocumented = writes
      .filter(
        ({ operation }) =>
          !['400', '401', '403'].every((status) => operation.responses?.[status] !== undefined),
      )
      .map(({ endpoint }) => endpoint);

    expect(writes.length).toBeGreaterThan(15);
    expect(undocumented).toEqual([]);
  });
});
