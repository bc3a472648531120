import { streams } from '../src/infrastructure/expert-schools.aggregates';
import { anonymous, type Caller, type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';
import { certifiedExpertSchool, fromHelpDesk, lastEvents } from './expert-schools.scenario';

// Hubs of the school year after the expert schools' training year (2024-2025).
const SCHOOL_YEAR = '2025-2026';

describe('development schools and hubs', () => {
  let service: ExpertSchoolsApp;
  let coordinator: Caller;
  let desk: Caller;

  beforeAll(async () => {
    service = await startExpertSchools();
    coordinator = await service.as('pillar-team:expert-schools');
    desk = await service.as('helpdesk');
  });

  afterAll(async () => {
    await service.close();
  });

  async function developmentSchool(facts: Parameters<typeof fromHelpDesk>[3] = {}): Promise<string> {
    const { participationId } = await fromHelpDesk(service, coordinator, 'development-school', {
      schoolYear: SCHOOL_YEAR,
      ...facts,
    });
    return participationId;
  }

  async function hubOf(expertSchoolBrin: string): Promise<string> {
    const { body } = await coordinator
      .post('/hubs')
      .send({ expertSchoolBrin, schoolYear: SCHOOL_YEAR, openedOn: '2025-08-15' })
      .expect(201);
    return body.hubId as string;
  }

  async function join(
    hubId: string,
    developmentSchoolId: string,
    status = 201,
  ): Promise<Record<string, unknown>> {
    const { body } = await coordinator
      .post(`/hubs/${hubId}/members`)
      .send({ developmentSchoolId, joinedOn: '2025-09-01' })
      .expect(status);
    return body as Record<string, unknown>;
  }

  describe('matching', () => {
    it("ranks the expert schools by fit with the school's question, sector and region, with the reasons", async () => {
      const reading = await certifiedExpertSchool(service, coordinator, {
        region: 'Gelderland',
        approach: {
          title: 'Lezen',
          summary: 'Leesmotivatie',
          themes: ['leesmotivatie'],
          pillarCodes: ['P3.A'],
          origin: 'proven-approach',
        },
      });
      const leadership = await certifiedExpertSchool(service, coordinator, {
        region: 'Gelderland',
        approach: {
          title: 'Leiden',
          summary: 'Leiderschap',
          themes: [],
          pillarCodes: ['P7.A'],
          origin: 'proven-approach',
        },
      });
      const id = await developmentSchool({ region: 'Gelderland' });
      const { body: noQuestion } = await desk.get(`/development-schools/${id}/matches`).expect(409);
      expect(noQuestion).toMatchObject({ code: 'DEVELOPMENT_SCHOOL.NO_IMPROVEMENT_QUESTION' });
      await coordinator
        .put(`/development-schools/${id}/improvement-question`)
        .send({ themes: ['Leesmotivatie'], pillarCodes: ['P3.A'] })
        .expect(200);
      const { body } = await desk.get(`/development-schools/${id}/matches`).expect(200);
      const ranked = (body as { brin: string }[]).map(({ brin }) => brin);
      expect(ranked.indexOf(reading.brin)).toBeLessThan(ranked.indexOf(leadership.brin));
      const first = (body as { brin: string; reasons: { code: string }[] }[]).find(
        ({ brin }) => brin === reading.brin,
      );
      expect(first?.reasons.map(({ code }) => code)).toEqual([
        'same-pillar-code',
        'same-theme',
        'same-sector',
        'same-region',
      ]);
    });

    it('answers 400 for an improvement question without pillar codes, 404 for an unknown school', async () => {
      const id = await developmentSchool();
      const { body } = await coordinator
        .put(`/development-schools/${id}/improvement-question`)
        .send({ themes: ['x'], pillarCodes: [] })
        .expect(400);
      expect((body.errors as { field: string }[]).map(({ field }) => field)).toEqual(['pillarCodes']);
      await desk.get('/development-schools/00000000-0000-4000-8000-000000000000/matches').expect(404);
    });
  });

  describe('a hub', () => {
    it('opens only for a certified expert school, once per school year', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      await hubOf(brin);
      const { body: again } = await coordinator
        .post('/hubs')
        .send({ expertSchoolBrin: brin, schoolYear: SCHOOL_YEAR, openedOn: '2025-08-15' })
        .expect(409);
      expect(again).toMatchObject({ code: 'HUB.ALREADY_EXISTS' });
      const { brin: aspirantBrin } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school');
      const { body } = await coordinator
        .post('/hubs')
        .send({ expertSchoolBrin: aspirantBrin, schoolYear: SCHOOL_YEAR })
        .expect(404);
      expect(body).toMatchObject({ code: 'EXPERT_SCHOOL.NOT_FOUND' });
    });

    it('is forming until the fourth development school joins, then formed, and refuses a seventh', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const hubId = await hubOf(brin);
      const schools = [];
      for (let n = 0; n < 7; n += 1) schools.push(await developmentSchool());
      for (const id of schools.slice(0, 3))
        expect(await join(hubId, id)).toMatchObject({ status: 'forming' });
      const fourth = await join(hubId, schools[3] ?? '');
      expect(fourth).toMatchObject({ status: 'formed', formedOn: '2025-09-01', places: 2 });
      expect((await lastEvents(service, streams.hub(hubId))).map(({ type }) => type)).toEqual([
        'DevelopmentSchoolJoinedHub',
        'HubFormed',
      ]);
      await join(hubId, schools[4] ?? '');
      await join(hubId, schools[5] ?? '');
      expect(await join(hubId, schools[6] ?? '', 409)).toMatchObject({ code: 'HUB.FULL' });
      expect(await join(hubId, schools[0] ?? '', 409)).toMatchObject({ code: 'HUB.ALREADY_MEMBER' });
    });

    it('refuses a school of another hub, of another year, and an unknown school', async () => {
      const first = await hubOf((await certifiedExpertSchool(service, coordinator)).brin);
      const second = await hubOf((await certifiedExpertSchool(service, coordinator)).brin);
      const id = await developmentSchool();
      await join(first, id);
      expect(await join(second, id, 409)).toMatchObject({ code: 'DEVELOPMENT_SCHOOL.ALREADY_IN_HUB' });
      const nextYear = await developmentSchool({ schoolYear: '2026-2027' });
      expect(await join(second, nextYear, 422)).toMatchObject({ code: 'HUB.SCHOOL_YEAR_MISMATCH' });
      expect(await join(second, '00000000-0000-4000-8000-000000000000', 404)).toMatchObject({
        code: 'DEVELOPMENT_SCHOOL.NOT_FOUND',
      });
      const { body } = await desk.get(`/development-schools/${id}`).expect(200);
      expect(body.hub).toMatchObject({ hubId: first, joinedOn: '2025-09-01' });
    });

    it("trains a formed hub's member, with its confidence before and after, once", async () => {
      const hubId = await hubOf((await certifiedExpertSchool(service, coordinator)).brin);
      const members = [];
      for (let n = 0; n < 4; n += 1) members.push(await developmentSchool());
      const path = `/hubs/${hubId}/members/${members[0] ?? ''}/training`;
      const completion = { trainedOn: '2026-06-15', confidenceBefore: 5, confidenceAfter: 8 };
      await join(hubId, members[0] ?? '');
      expect((await coordinator.post(path).send(completion).expect(409)).body).toMatchObject({
        code: 'HUB.FORMING',
      });
      for (const id of members.slice(1)) await join(hubId, id);
      const { body } = await coordinator.post(path).send(completion).expect(201);
      expect(body.members[0]).toMatchObject({
        training: { trainedOn: '2026-06-15', confidenceBefore: 5, confidenceAfter: 8 },
      });
      const [event] = await lastEvents(service, streams.hub(hubId));
      expect(event).toMatchObject({
        type: 'DevelopmentSchoolTrained',
        data: { confidenceBefore: 5, confidenceAfter: 8 },
      });
      expect((await coordinator.post(path).send(completion).expect(409)).body).toMatchObject({
        code: 'HUB.ALREADY_TRAINED',
      });
      const { body: invalid } = await coordinator
        .post(path)
        .send({ confidenceBefore: 0, confidenceAfter: 11 })
        .expect(400);
      expect((invalid.errors as { field: string }[]).map(({ field }) => field).sort()).toEqual([
        'confidenceAfter',
        'confidenceBefore',
      ]);
      await coordinator
        .post(`/hubs/${hubId}/members/00000000-0000-4000-8000-000000000000/training`)
        .send(completion)
        .expect(404);
    });

    it('shows hubs to the help desk, and refuses writers without the pillar role', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const hubId = await hubOf(brin);
      await desk.get(`/hubs/${hubId}`).expect(200);
      const { body } = await desk.get(`/hubs?schoolYear=${SCHOOL_YEAR}&expertSchoolBrin=${brin}`).expect(200);
      expect((body as { hubId: string }[]).map((hub) => hub.hubId)).toEqual([hubId]);
      await desk.post('/hubs').send({ expertSchoolBrin: brin, schoolYear: SCHOOL_YEAR }).expect(403);
      await anonymous(service.app).get(`/hubs/${hubId}`).expect(401);
      await desk.get('/hubs/00000000-0000-4000-8000-000000000000').expect(404);
      await coordinator.post('/hubs').send({ expertSchoolBrin: 'nope', schoolYear: '2025' }).expect(400);
    });
  });
});
