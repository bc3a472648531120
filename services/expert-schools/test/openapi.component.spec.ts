import { anonymous, type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';

interface Operation {
  'x-roles'?: string[];
  summary?: string;
  responses?: Record<string, { content?: unknown }>;
}

describe('the OpenAPI document', () => {
  let service: ExpertSchoolsApp;
  let paths: Record<string, Record<string, Operation>>;
  let schemas: Record<string, unknown>;

  beforeAll(async () => {
    service = await startExpertSchools();
    const response = await anonymous(service.app).get('/docs-json').expect(200);
    const document = response.body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, unknown> };
    };
    paths = document.paths;
    schemas = document.components.schemas;
  });

  afterAll(async () => {
    await service.close();
  });

  const operations = (): { endpoint: string; operation: Operation }[] =>
    Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        endpoint: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );

  it('names the roles of every endpoint except health, says what each does, and types its answer', () => {
    const own = operations().filter(({ endpoint }) => !endpoint.includes(' /health/'));
    expect(own.length).toBeGreaterThan(25);
    expect(
      own
        .filter(({ operation }) => (operation['x-roles'] ?? []).length === 0)
        .map(({ endpoint }) => endpoint),
    ).toEqual([]);
    expect(own.filter(({ operation }) => !operation.summary).map(({ endpoint }) => endpoint)).toEqual([]);
    const untyped = own
      .filter(({ operation }) =>
        Object.entries(operation.responses ?? {}).some(
          ([status, response]) => status.startsWith('2') && response.content === undefined,
        ),
      )
      .map(({ endpoint }) => endpoint);
    expect(untyped).toEqual([]);
  });

  it('documents the training year, hubs, courses, networks, reviews and the candidate finder', () => {
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/aspirants',
        '/aspirants/{id}/assessment',
        '/aspirants/{id}/selection',
        '/aspirants/{id}/certification',
        '/aspirants/{id}/drop-out',
        '/cohorts/{schoolYear}',
        '/development-schools/{id}/matches',
        '/hubs/{id}/members',
        '/hubs/{id}/members/{developmentSchoolId}/training',
        '/courses',
        '/regional-networks',
        '/expert-schools/{brin}/quality-reviews',
        '/yearly-results',
        '/candidates',
      ]),
    );
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'AspirantResponse',
        'HubResponse',
        'CandidatesResponse',
        'SelectAspirantRequestDto',
      ]),
    );
  });
});
