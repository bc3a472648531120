import { anonymous, type EnrolmentApp, startEnrolment } from './enrolment-app';

interface Operation {
  'x-roles'?: string[];
  summary?: string;
  requestBody?: unknown;
  responses?: Record<string, Response>;
  parameters?: Array<{ name: string; in: string }>;
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

describe('the OpenAPI document', () => {
  let service: EnrolmentApp;
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    service = await startEnrolment();
    const response = await anonymous(service.app).get('/docs-json').expect(200);
    paths = (response.body as { paths: Record<string, Record<string, Operation>> }).paths;
  });

  afterAll(async () => {
    await service.close();
  });

  it('names the roles of every endpoint except health, and says what each does', () => {
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        endpoint: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );

    const withoutRoles = operations
      .filter(({ endpoint }) => !endpoint.includes(' /health/'))
      .filter(({ operation }) => !operation['x-roles'] || operation['x-roles'].length === 0)
      .map(({ endpoint }) => endpoint);
    const withoutSummary = operations
      .filter(({ endpoint, operation }) => !endpoint.includes(' /health/') && !operation.summary)
      .map(({ endpoint }) => endpoint);

    expect(operations.length).toBeGreaterThan(30);
    expect(withoutRoles).toEqual([]);
    expect(withoutSummary).toEqual([]);
  });

  it('documents the help desk path from school to enrolment', () => {
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/schools',
        '/schools/{brin}',
        '/schools/{brin}/timeline',
        '/inquiries',
        '/inquiries/overdue',
        '/intakes',
        '/activity-catalogue',
        '/subsidy-rounds',
        '/subsidy-applications',
        '/subsidy-applications/overdue',
        '/subsidy-applications/{id}/grant',
        '/participations/{id}/completion',
        '/subsidy-applications/{id}/audit',
      ]),
    );
    expect(paths['/subsidy-applications']?.['post']?.['x-roles']).toEqual(['helpdesk']);
    expect(paths['/subsidy-applications/{id}/grant']?.['post']?.['x-roles']).toEqual(['subsidy-officer']);
  });
  it('documents the refusals of a body (400, 413, 415) on every operation that takes one', () => {
    const withBody = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.requestBody !== undefined)
        .map(([method, operation]) => ({ endpoint: `${method.toUpperCase()} ${path}`, operation })),
    );
    const undocumented = withBody
      .filter(({ operation }) => ['400', '413', '415'].some((status) => !operation.responses?.[status]))
      .map(({ endpoint }) => endpoint);

    expect(withBody.length).toBeGreaterThan(15);
    expect(undocumented).toEqual([]);
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

  it('documents the optional Idempotency-Key header on every POST', () => {
    const posts = Object.entries(paths).flatMap(([path, methods]) =>
      methods['post'] ? [{ endpoint: `POST ${path}`, operation: methods['post'] }] : [],
    );
    const without = posts
      .filter(
        ({ operation }) =>
          !operation.parameters?.some(
            ({ name, in: where }) => name === 'Idempotency-Key' && where === 'header',
          ),
      )
      .map(({ endpoint }) => endpoint);

    expect(posts.length).toBeGreaterThan(15);
    expect(without).toEqual([]);
  });
});
