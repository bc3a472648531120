import { FixedClock } from '@okr/service-kit/testing';
import { randomUUID } from 'node:crypto';
import {
  contentBody,
  type KnowledgeApp,
  productBody,
  publishedProduct,
  startKnowledge,
} from './knowledge-app';

describe('knowledge products', () => {
  const clock = new FixedClock('2025-06-30T10:00:00Z');
  let service: KnowledgeApp;

  beforeAll(async () => {
    service = await startKnowledge({ ASSESSMENT_VALID_YEARS: '5' }, { clock });
  });

  afterEach(() => clock.setTo('2025-06-30T10:00:00Z'));

  afterAll(async () => {
    await service.close();
  });

  const editor = () => service.as('pillar-team:knowledge', 'editor-noor');

  it('starts a product as a draft that publishes nothing and that nobody finds without a role', async () => {
    const response = await (await editor()).post('/products').send(productBody({ productType: 'guideline' }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      productType: 'guideline',
      status: 'draft',
      createdOn: '2025-06-30',
      workingCopy: { stage: 'draft', title: 'Woordenschatonderwijs', themes: ['woordenschat'] },
      versions: [],
      reviews: [],
    });
    expect(response.body.published).toBeUndefined();
    const id = response.body.productId as string;
    expect(await service.eventsOf(`product:${id}`)).toEqual([]);
    await service.anonymous().get(`/public/products/${id}`).expect(404);
    const desk = await service.as('helpdesk');
    await desk.get(`/products/${id}`).expect(200);
  });

  it('goes through review: sent back with reasons, resubmitted, approved and published as revision 1', async () => {
    const noor = await editor();
    const id = (await noor.post('/products').send(productBody()).expect(201)).body.productId as string;
    await noor.post(`/products/${id}/submission`).send({ submittedOn: '2025-06-02' }).expect(200);

    const sentBack = await noor.post(`/products/${id}/review`).send({
      decision: 'changes-requested',
      reasons: ['Bronnen voor het vo ontbreken'],
      decidedOn: '2025-06-05',
    });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body).toMatchObject({
      status: 'draft',
      reviews: [{ decision: 'changes-requested', reasons: ['Bronnen voor het vo ontbreken'], revision: 1 }],
    });

    await noor
      .put(`/products/${id}/draft`)
      .send(contentBody({ title: 'Woordenschat po en vo' }))
      .expect(200);
    await noor.post(`/products/${id}/submission`).send({ submittedOn: '2025-06-10' }).expect(200);
    await service.anonymous().get(`/public/products/${id}`).expect(404);
    const approved = await noor
      .post(`/products/${id}/review`)
      .send({ decision: 'approved', reasons: [], decidedOn: '2025-06-12' });

    expect(approved.body).toMatchObject({
      status: 'published',
      published: { revision: 1, publishedOn: '2025-06-12' },
    });
    expect(await service.eventsOf(`product:${id}`)).toEqual([
      {
        type: 'KnowledgeProductPublished',
        data: {
          productId: id,
          productType: 'theme-page',
          themes: ['woordenschat'],
          sectors: ['PO', 'VO'],
          pillarCodes: ['P3.A'],
          coCreation: { teachers: 3, schoolLeaders: 1, teacherEducators: 0, researchers: 2 },
          revision: 1,
          publishedOn: '2025-06-12',
        },
      },
    ]);
    const publicRead = await service.anonymous().get(`/public/products/${id}`).expect(200);
    expect(publicRead.body).toMatchObject({
      title: 'Woordenschat po en vo',
      revision: 1,
      firstPublishedOn: '2025-06-12',
    });
    expect(publicRead.body.workingCopy).toBeUndefined();
    expect(publicRead.body.reviews).toBeUndefined();
  });

  it('keeps the published version visible while a revision is in review, then shows revision 2 and the history', async () => {
    const noor = await editor();
    const id = await publishedProduct(noor, {}, { submittedOn: '2025-05-01', decidedOn: '2025-05-02' });

    await noor
      .put(`/products/${id}/draft`)
      .send(contentBody({ title: 'Herziene versie' }))
      .expect(200);
    await noor.post(`/products/${id}/submission`).send({}).expect(200);
    const during = await service.anonymous().get(`/public/products/${id}`).expect(200);
    expect(during.body).toMatchObject({ title: 'Woordenschatonderwijs', revision: 1 });

    await noor.post(`/products/${id}/review`).send({ decision: 'approved', reasons: [] }).expect(200);

    const after = await service.anonymous().get(`/public/products/${id}`).expect(200);
    expect(after.body).toMatchObject({
      title: 'Herziene versie',
      revision: 2,
      publishedOn: '2025-06-30',
      firstPublishedOn: '2025-05-02',
    });
    expect(await service.eventsOf(`product:${id}`)).toEqual([
      {
        type: 'KnowledgeProductRevised',
        data: expect.objectContaining({ revision: 2, revisedOn: '2025-06-30' }),
      },
    ]);
    const editorial = await noor.get(`/products/${id}`).expect(200);
    expect(editorial.body.versions).toEqual([
      { revision: 1, publishedOn: '2025-05-02', title: 'Woordenschatonderwijs' },
      { revision: 2, publishedOn: '2025-06-30', title: 'Herziene versie' },
    ]);
  });

  it('retires a published product with a reason code, after which nobody finds it publicly and nobody changes it', async () => {
    const noor = await editor();
    const id = await publishedProduct(noor);

    const retired = await noor.post(`/products/${id}/retirement`).send({ reasonCode: 'superseded' });

    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({
      status: 'retired',
      retired: { reasonCode: 'superseded', retiredOn: '2025-06-30' },
    });
    expect(await service.eventsOf(`product:${id}`)).toEqual([
      {
        type: 'KnowledgeProductRetired',
        data: {
          productId: id,
          productType: 'theme-page',
          revision: 1,
          reasonCode: 'superseded',
          retiredOn: '2025-06-30',
        },
      },
    ]);
    await service.anonymous().get(`/public/products/${id}`).expect(404);
    const edit = await noor.put(`/products/${id}/draft`).send(contentBody());
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('PRODUCT.RETIRED');
  });

  it('refuses steps the state does not allow, with 409 and 422', async () => {
    const noor = await editor();
    const draftId = (await noor.post('/products').send(productBody()).expect(201)).body.productId as string;

    const notInReview = await noor
      .post(`/products/${draftId}/review`)
      .send({ decision: 'approved', reasons: [] });
    const retireDraft = await noor.post(`/products/${draftId}/retirement`).send({ reasonCode: 'outdated' });
    await noor.post(`/products/${draftId}/submission`).send({}).expect(200);
    const twice = await noor.post(`/products/${draftId}/submission`).send({});
    const editInReview = await noor.put(`/products/${draftId}/draft`).send(contentBody());
    const noReasons = await noor
      .post(`/products/${draftId}/review`)
      .send({ decision: 'changes-requested', reasons: [] });
    const early = await noor
      .post(`/products/${draftId}/review`)
      .send({ decision: 'approved', reasons: [], decidedOn: '2025-06-01' });

    expect([notInReview.status, notInReview.body.code]).toEqual([409, 'PRODUCT.NOT_IN_REVIEW']);
    expect([retireDraft.status, retireDraft.body.code]).toEqual([409, 'PRODUCT.NOT_PUBLISHED']);
    expect([twice.status, twice.body.code]).toEqual([409, 'PRODUCT.IN_REVIEW']);
    expect([editInReview.status, editInReview.body.code]).toEqual([409, 'PRODUCT.IN_REVIEW']);
    expect([noReasons.status, noReasons.body.code]).toEqual([422, 'PRODUCT.REASONS_REQUIRED']);
    expect([early.status, early.body.code]).toEqual([422, 'PRODUCT.DAY_OUT_OF_ORDER']);
  });

  it('answers 400 with the failing fields for a malformed request, never 5xx', async () => {
    const noor = await editor();

    const missing = await noor
      .post('/products')
      .send(productBody({ title: undefined, pillarCodes: ['P9.Z'] }));
    const badType = await noor.post('/products').send(productBody({ productType: 'blog' }));
    const extra = await noor.post('/products').send(productBody({ author: 'Noor' }));
    const future = await noor
      .post(`/products/${randomUUID()}/submission`)
      .send({ submittedOn: '2025-07-05' });
    const badId = await noor.get('/products/not-a-uuid');
    const badCounts = await noor
      .post('/products')
      .send(
        productBody({ coCreation: { teachers: -1, schoolLeaders: 0, teacherEducators: 0, researchers: 0 } }),
      );

    for (const response of [missing, badType, extra, future, badId, badCounts]) {
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const fields = (response: typeof missing): string[] =>
      (response.body.errors as Array<{ field: string }>).map((error) => error.field);
    expect(fields(missing)).toEqual(expect.arrayContaining(['title', 'pillarCodes']));
    expect(fields(future)).toEqual(['submittedOn']);
    expect(fields(badCounts)).toEqual(['coCreation.teachers']);
  });

  it('answers 404 for a product that does not exist, to staff and to the public', async () => {
    const noor = await editor();
    const unknown = randomUUID();

    for (const response of [
      await noor.get(`/products/${unknown}`),
      await noor.post(`/products/${unknown}/submission`).send({}),
      await noor.put(`/products/${unknown}/draft`).send(contentBody()),
      await noor.post(`/products/${unknown}/ratings`).send({ respondentRole: 'teacher', score: 7 }),
      await noor.get(`/products/${unknown}/ratings`),
      await service.anonymous().get(`/public/products/${unknown}`),
    ]) {
      expect([response.status, response.body.code]).toEqual([404, 'PRODUCT.NOT_FOUND']);
    }
  });

  it('lets only the pillar team write, and the help desk and administrators read', async () => {
    const id = await publishedProduct(await editor());
    const desk = await service.as('helpdesk');
    const admin = await service.as('admin');
    const labs = await service.as('pillar-team:labs');

    expect((await service.anonymous().post('/products').send(productBody())).status).toBe(401);
    expect((await service.anonymous().get(`/products/${id}`)).status).toBe(401);
    expect((await desk.post('/products').send(productBody())).status).toBe(403);
    expect(
      (await admin.post(`/products/${id}/ratings`).send({ respondentRole: 'teacher', score: 7 })).status,
    ).toBe(403);
    expect((await labs.get(`/products/${id}`)).status).toBe(403);
    expect((await admin.get(`/products/${id}`)).status).toBe(200);
    expect((await desk.get('/products?status=published')).status).toBe(200);
  });

  it('lists products by status and type for the editors, drafts included', async () => {
    const noor = await editor();
    const draftId = (
      await noor
        .post('/products')
        .send(productBody({ productType: 'toolkit' }))
        .expect(201)
    ).body.productId as string;
    const publishedId = await publishedProduct(noor, { productType: 'toolkit' });

    const drafts = await noor.get('/products?productType=toolkit&status=draft&pageSize=100').expect(200);
    const published = await noor
      .get('/products?productType=toolkit&status=published&pageSize=100')
      .expect(200);
    const ids = (page: typeof drafts): string[] =>
      (page.body.items as Array<{ productId: string }>).map((p) => p.productId);

    expect(ids(drafts)).toContain(draftId);
    expect(ids(drafts)).not.toContain(publishedId);
    expect(ids(published)).toContain(publishedId);
    expect((await noor.get('/products?status=lost')).status).toBe(400);
  });

  describe('interventions', () => {
    it('record assessments that hold the configured years and then show as expired, also to the public', async () => {
      const noor = await editor();
      const id = await publishedProduct(noor, { productType: 'intervention' });

      const assessed = await noor.post(`/products/${id}/assessments`).send({
        evidenceLevel: 'promising',
        assessedOn: '2020-06-15',
        assessorBody: 'nro-erkenningscommissie',
        effectSize: 0.2,
        targetGroup: 'pupils',
        sectors: ['PO'],
        costIndication: 'low',
      });

      expect(assessed.status).toBe(201);
      expect(assessed.body.evidence).toEqual({
        evidenceLevel: 'promising',
        assessedOn: '2020-06-15',
        validUntil: '2025-06-15',
        status: 'expired',
      });
      expect(await service.eventsOf(`product:${id}`)).toEqual([
        {
          type: 'InterventionAssessed',
          data: expect.objectContaining({ validUntil: '2025-06-15', evidenceLevel: 'promising' }),
        },
      ]);

      await noor
        .post(`/products/${id}/assessments`)
        .send({
          evidenceLevel: 'proven-effective',
          assessorBody: 'nji',
          targetGroup: 'pupils',
          sectors: ['PO'],
          costIndication: 'medium',
        })
        .expect(201);
      const publicRead = await service.anonymous().get(`/public/products/${id}`).expect(200);
      expect(publicRead.body.evidence).toEqual({
        evidenceLevel: 'proven-effective',
        assessedOn: '2025-06-30',
        validUntil: '2030-06-30',
        status: 'valid',
      });
      const editorial = await noor.get(`/products/${id}`).expect(200);
      expect((editorial.body.assessments as Array<{ status: string }>).map((each) => each.status)).toEqual([
        'expired',
        'valid',
      ]);

      clock.setTo('2030-07-01T10:00:00Z');
      const later = await service.anonymous().get(`/public/products/${id}`).expect(200);
      expect(later.body.evidence.status).toBe('expired');
    });

    it('refuses an assessment of a product that is no intervention', async () => {
      const id = await publishedProduct(await editor(), { productType: 'guideline' });

      const response = await (await editor()).post(`/products/${id}/assessments`).send({
        evidenceLevel: 'promising',
        assessorBody: 'nji',
        targetGroup: 'pupils',
        sectors: ['PO'],
        costIndication: 'low',
      });

      expect([response.status, response.body.code]).toEqual([409, 'PRODUCT.NOT_AN_INTERVENTION']);
    });
  });

  describe('ratings', () => {
    it('are recorded for published products by role, averaged per KPI role group, the comment never published', async () => {
      const noor = await editor();
      const id = await publishedProduct(noor, { productType: 'guideline' });
      const rate = (respondentRole: string, score: number) =>
        noor
          .post(`/products/${id}/ratings`)
          .send({ respondentRole, score, comment: 'Groet, juf Marieke' })
          .expect(201);

      const first = await rate('teacher', 8);
      await rate('school-leader', 9);
      await rate('teacher-educator', 6);
      await rate('board-member', 7);

      expect(first.body).toMatchObject({
        roleGroup: 'teachers-and-school-leaders',
        score: 8,
        ratedOn: '2025-06-30',
      });
      const events = await service.eventsOf(`rating:${first.body.ratingId as string}`);
      expect(events).toEqual([
        {
          type: 'KnowledgeProductRated',
          data: expect.objectContaining({
            productId: id,
            respondentRole: 'teacher',
            roleGroup: 'teachers-and-school-leaders',
            score: 8,
          }),
        },
      ]);
      expect(JSON.stringify(events)).not.toContain('Marieke');
      const summary = await (await service.as('helpdesk')).get(`/products/${id}/ratings`).expect(200);
      expect(summary.body).toMatchObject({
        overall: { count: 4, average: 7.5 },
        byRoleGroup: {
          'teachers-and-school-leaders': { count: 2, average: 8.5 },
          'other-professionals': { count: 2, average: 6.5 },
        },
      });
    });

    it('are refused for a draft and outside 1 to 10', async () => {
      const noor = await editor();
      const draftId = (await noor.post('/products').send(productBody()).expect(201)).body.productId as string;
      const publishedId = await publishedProduct(noor);

      const onDraft = await noor
        .post(`/products/${draftId}/ratings`)
        .send({ respondentRole: 'teacher', score: 7 });
      const tooHigh = await noor
        .post(`/products/${publishedId}/ratings`)
        .send({ respondentRole: 'teacher', score: 11 });

      expect([onDraft.status, onDraft.body.code]).toEqual([409, 'PRODUCT.NOT_PUBLISHED']);
      expect(tooHigh.status).toBe(400);
    });
  });

  describe('use by schools', () => {
    it('records that a school used a product, once per school, product, day and source', async () => {
      const noor = await editor();
      const id = await publishedProduct(noor, { productType: 'intervention' });
      const use = { brin: '31QX', sector: 'VO', source: 'survey', usedOn: '2025-06-20' };

      const first = await noor.post(`/products/${id}/uses`).send(use);
      const again = await noor.post(`/products/${id}/uses`).send(use);
      await noor
        .post(`/products/${id}/uses`)
        .send({ ...use, source: 'trajectory' })
        .expect(201);

      expect(first.status).toBe(201);
      expect(await service.eventsOf(`use:${first.body.useId as string}`)).toEqual([
        {
          type: 'KnowledgeProductUsed',
          data: {
            useId: first.body.useId,
            productId: id,
            productType: 'intervention',
            brin: '31QX',
            sector: 'VO',
            source: 'survey',
            usedOn: '2025-06-20',
          },
        },
      ]);
      expect([again.status, again.body.code]).toEqual([409, 'USE.ALREADY_RECORDED']);
      const uses = await (await service.as('admin')).get(`/products/${id}/uses`).expect(200);
      expect(uses.body.total).toBe(2);
      expect((await noor.post(`/products/${id}/uses`).send({ ...use, brin: '3IQX' })).status).toBe(400);
    });
  });
});
