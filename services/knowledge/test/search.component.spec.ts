import { eventually } from '@okr/messaging/testing';
import {
  type Caller,
  type KnowledgeApp,
  productBody,
  publishedProduct,
  startKnowledge,
} from './knowledge-app';

describe('searching the published products', () => {
  let service: KnowledgeApp;
  let replica: KnowledgeApp;
  let editor: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    service = await startKnowledge({ PUBLIC_READ_LIMIT: '1000' });
    // A second replica of the same deployment: its own process state, the same database, Redis keys and topics.
    const { MONGODB_DATABASE, REDIS_KEY_PREFIX, KAFKA_TOPIC_PREFIX } = service.env;
    replica = await startKnowledge({
      MONGODB_DATABASE,
      REDIS_KEY_PREFIX,
      KAFKA_TOPIC_PREFIX,
      PUBLIC_READ_LIMIT: '1000',
    });
    editor = await service.as('pillar-team:knowledge');
    ids['squares'] = await publishedProduct(editor, {
      productType: 'theme-page',
      title: 'Woordenschat voor nieuwkomers',
      summary: 'Hoe scholen de woordenschat van nieuwkomers vergroten.',
      themes: ['woordenschat', 'meertaligheid'],
      sectors: ['PO'],
      pillarCodes: ['P3.A', 'P5.A'],
    });
    ids['guideline'] = await publishedProduct(editor, {
      productType: 'guideline',
      title: 'Coöperatief leren in het voortgezet onderwijs',
      summary: 'Aanbevelingen voor coöperatieve werkvormen.',
      body: 'Leerlingen leren van elkaar wanneer de school de samenwerking structureert.',
      themes: ['samenwerkend-leren'],
      sectors: ['VO'],
      pillarCodes: ['P3.B'],
    });
    ids['intervention'] = await publishedProduct(editor, {
      productType: 'intervention',
      title: 'Tutoring in kleine groepen',
      summary: 'Extra leertijd met een tutor.',
      body: 'Effectieve interventie voor rekenen.',
      themes: ['tutoring'],
      sectors: ['PO', 'VO'],
      pillarCodes: ['P6.A'],
    });
    await editor
      .post(`/products/${ids['intervention']}/assessments`)
      .send({
        evidenceLevel: 'proven-effective',
        assessorBody: 'nji',
        targetGroup: 'pupils',
        sectors: ['PO'],
        costIndication: 'medium',
      })
      .expect(201);
    ids['draft'] = (
      await editor
        .post('/products')
        .send(productBody({ title: 'Woordenschat concept dat niemand mag zien', themes: ['woordenschat'] }))
        .expect(201)
    ).body.productId as string;
    await eventually(async () => {
      const page = await service.anonymous().get('/public/products?pageSize=100').expect(200);
      return page.body.total === 3 ? true : undefined;
    });
  });

  afterAll(async () => {
    await replica.close();
    await service.close();
  });

  const search = async (query: string, app: KnowledgeApp = service) =>
    (await app.anonymous().get(`/public/products?${query}`).expect(200)).body as {
      items: Array<{
        productId: string;
        score?: number;
        evidence?: { evidenceLevel: string; status: string };
      }>;
      total: number;
      facets: Record<string, Array<{ value: string; count: number }>>;
    };
  const idsOf = (result: Awaited<ReturnType<typeof search>>): string[] =>
    result.items.map((item) => item.productId);

  it('finds Dutch words by their stem, and without their accents, for anyone without a token', async () => {
    expect(idsOf(await search('q=school'))).toEqual([ids['squares'], ids['guideline']]);
    expect(idsOf(await search('q=cooperatieve'))).toEqual([ids['guideline']]);
    expect(idsOf(await search('q=effectief'))).toEqual([ids['intervention']]);
    expect(idsOf(await search('q=woordensch'))).toEqual([ids['squares']]);
  });

  it('ranks a match in the title above one in the text only', async () => {
    const result = await search('q=woordenschat');

    expect(idsOf(result)[0]).toBe(ids['squares']);
    expect(result.items[0]?.score).toBeGreaterThan(0);
  });

  it('never finds a draft', async () => {
    expect(idsOf(await search('q=concept'))).toEqual([]);
    expect(idsOf(await search('pageSize=100'))).not.toContain(ids['draft']);
  });

  it('filters by type, theme, sector, pillar (a pillar matches its sub-aspects) and valid evidence', async () => {
    expect(idsOf(await search('productType=guideline'))).toEqual([ids['guideline']]);
    expect(idsOf(await search('theme=meertaligheid'))).toEqual([ids['squares']]);
    expect((await search('sector=VO')).total).toBe(2);
    expect(idsOf(await search('pillarCode=P3'))).toEqual(
      expect.arrayContaining([ids['squares'], ids['guideline']]),
    );
    expect((await search('pillarCode=P3')).total).toBe(2);
    expect(idsOf(await search('evidenceLevel=proven-effective'))).toEqual([ids['intervention']]);
    expect((await search('evidenceLevel=promising')).total).toBe(0);
  });

  it('counts facets over every match, and pages', async () => {
    const result = await search('pageSize=1&page=2');

    expect(result.total).toBe(3);
    expect(result.items).toHaveLength(1);
    expect(result.facets['sectors']).toEqual([
      { value: 'PO', count: 2 },
      { value: 'VO', count: 2 },
    ]);
    expect(result.facets['pillars']).toEqual([
      { value: 'P3', count: 2 },
      { value: 'P5', count: 1 },
      { value: 'P6', count: 1 },
    ]);
    expect(result.facets['evidenceLevel']).toEqual([{ value: 'proven-effective', count: 1 }]);
  });

  it('refuses malformed filters with 400', async () => {
    for (const query of [
      'sector=SBO',
      'pillarCode=P9',
      'pageSize=1000',
      'theme=Vrije%20tekst',
      'productType=blog',
    ]) {
      expect((await service.anonymous().get(`/public/products?${query}`)).status).toBe(400);
    }
  });

  it('gives the same results on every replica after a publication', async () => {
    const id = await publishedProduct(editor, {
      productType: 'practice-card',
      title: 'Praktijkkaart begrijpend lezen',
      themes: ['begrijpend-lezen'],
    });

    const [onService, onReplica] = await eventually(async () => {
      const both = await Promise.all([search('q=begrijpend'), search('q=begrijpend', replica)]);
      return both.every((result) => result.total === 1) ? both : undefined;
    });
    expect(idsOf(onService)).toEqual([id]);
    expect(onReplica).toEqual(onService);
    expect(await search('pageSize=100', replica)).toEqual(await search('pageSize=100'));
  });

  it('drops a retired product from every replica', async () => {
    await editor
      .post(`/products/${ids['guideline']}/retirement`)
      .send({ reasonCode: 'outdated' })
      .expect(200);

    await eventually(async () => {
      const both = await Promise.all([search('q=coöperatief'), search('q=coöperatief', replica)]);
      return both.every((result) => result.total === 0) ? true : undefined;
    });
  });
});

describe('anonymous reads', () => {
  let service: KnowledgeApp;

  beforeAll(async () => {
    service = await startKnowledge({ PUBLIC_READ_LIMIT: '3', PUBLIC_READ_WINDOW_MS: '60000' });
  });

  afterAll(async () => {
    await service.close();
  });

  it('are limited per client over every public route, with 429 and Retry-After past the limit', async () => {
    const id = await publishedProduct(await service.as('pillar-team:knowledge'));
    const anonymous = service.anonymous();

    await anonymous.get('/public/products').expect(200);
    await anonymous.get(`/public/products/${id}`).expect(200);
    await anonymous.get('/public/products?q=woordenschat').expect(200);
    const refused = await anonymous.get(`/public/products/${id}`);

    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('REQUEST.TOO_MANY');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Staff reads are not public reads: they are not counted.
    await (await service.as('helpdesk')).get(`/products/${id}`).expect(200);
  });
});
