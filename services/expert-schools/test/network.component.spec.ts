import { addDays, dayOf } from '@okr/contracts';
import { streams } from '../src/infrastructure/expert-schools.aggregates';
import { anonymous, type Caller, type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';
import { certifiedExpertSchool, fromHelpDesk, lastEvents } from './expert-schools.scenario';
import { nextBrin } from './help-desk-events';

describe('courses, regional networks and quality reviews', () => {
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

  function course(
    expertSchoolBrin: string,
    overrides: Record<string, unknown> = {},
  ): Record<string, unknown> {
    return {
      expertSchoolBrin,
      kind: 'learning-track',
      title: 'Leesmotivatie in de middenbouw',
      sector: 'PO',
      givenOn: '2025-11-20',
      participantBrins: [nextBrin(), nextBrin()],
      ...overrides,
    };
  }

  describe('courses', () => {
    it('records a course an expert school gave, with the schools that took part, and publishes CourseGiven', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const body = course(brin);
      const { body: given } = await coordinator.post('/courses').send(body).expect(201);
      expect(given).toMatchObject({ expertSchoolBrin: brin, schoolYear: '2025-2026', participantsCount: 2 });
      expect(await lastEvents(service, streams.course(given.courseId))).toEqual([
        {
          type: 'CourseGiven',
          data: {
            courseId: given.courseId,
            expertSchoolBrin: brin,
            sector: 'PO',
            kind: 'learning-track',
            schoolYear: '2025-2026',
            participantsCount: 2,
            participantBrins: [...(body['participantBrins'] as string[])].sort(),
            givenOn: '2025-11-20',
          },
        },
      ]);
      const { body: listed } = await desk.get(`/courses?expertSchoolBrin=${brin}`).expect(200);
      expect((listed as { courseId: string }[]).map(({ courseId }) => courseId)).toEqual([given.courseId]);
    });

    it('takes one knowledge-sharing session per expert school and school year', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const session = course(brin, { kind: 'knowledge-sharing-session', givenOn: '2025-10-01' });
      await coordinator.post('/courses').send(session).expect(201);
      const { body } = await coordinator
        .post('/courses')
        .send({ ...session, givenOn: '2026-03-01' })
        .expect(409);
      expect(body).toMatchObject({ code: 'COURSE.SESSION_ALREADY_GIVEN' });
      await coordinator
        .post('/courses')
        .send({ ...session, givenOn: '2026-09-01' })
        .expect(201);
    });

    it('refuses a course of a school that is no expert school (404), given by the host to itself (422), malformed (400)', async () => {
      const { brin: aspirant } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school');
      expect((await coordinator.post('/courses').send(course(aspirant)).expect(404)).body).toMatchObject({
        code: 'EXPERT_SCHOOL.NOT_FOUND',
      });
      const { brin } = await certifiedExpertSchool(service, coordinator);
      expect(
        (
          await coordinator
            .post('/courses')
            .send(course(brin, { participantBrins: [brin] }))
            .expect(422)
        ).body,
      ).toMatchObject({
        code: 'COURSE.PARTICIPANT_IS_HOST',
      });
      const { body } = await coordinator
        .post('/courses')
        .send(course(brin, { kind: 'lecture', participantBrins: ['school'] }))
        .expect(400);
      expect((body.errors as { field: string }[]).map(({ field }) => field).sort()).toEqual([
        'kind',
        'participantBrins',
      ]);
      await desk.post('/courses').send(course(brin)).expect(403);
      await anonymous(service.app).get('/courses').expect(401);
    });
  });

  describe('regional networks', () => {
    it("forms a region's network of expert teachers and leaders once, and shows its member counts", async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const network = {
        region: 'Overijssel',
        title: 'Expertnetwerk Overijssel',
        formedOn: '2025-10-01',
        expertTeacherCount: 9,
        expertSchoolLeaderCount: 2,
        expertSchoolBrins: [brin],
      };
      const { body } = await coordinator.post('/regional-networks').send(network).expect(201);
      expect(body).toMatchObject({ region: 'Overijssel', memberCount: 11 });
      expect((await lastEvents(service, streams.network(body.networkId)))[0]).toEqual({
        type: 'RegionalNetworkFormed',
        data: {
          networkId: body.networkId,
          region: 'Overijssel',
          expertTeacherCount: 9,
          expertSchoolLeaderCount: 2,
          expertSchoolBrins: [brin],
          formedOn: '2025-10-01',
        },
      });
      expect((await coordinator.post('/regional-networks').send(network).expect(409)).body).toMatchObject({
        code: 'NETWORK.ALREADY_FORMED',
      });
      const { body: listed } = await desk.get('/regional-networks').expect(200);
      expect((listed as { region: string }[]).map(({ region }) => region)).toContain('Overijssel');
    });

    it('refuses a network formed after today with 400 naming formedOn', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const tomorrow = addDays(dayOf(new Date()), 1);

      const response = await coordinator.post('/regional-networks').send({
        region: 'Drenthe',
        title: 'Expertnetwerk Drenthe',
        formedOn: tomorrow,
        expertTeacherCount: 4,
        expertSchoolLeaderCount: 1,
        expertSchoolBrins: [brin],
      });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'REQUEST.VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'formedOn' }) as unknown],
      });
    });

    it('refuses a network without members (422), of a school that is no expert school (404), in no province (400)', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const network = {
        region: 'Zuid-Holland',
        title: 'Netwerk',
        expertTeacherCount: 0,
        expertSchoolLeaderCount: 0,
        expertSchoolBrins: [brin],
      };
      expect((await coordinator.post('/regional-networks').send(network).expect(422)).body).toMatchObject({
        code: 'NETWORK.NO_MEMBERS',
      });
      const stranger = { ...network, expertTeacherCount: 3, expertSchoolBrins: [nextBrin()] };
      expect((await coordinator.post('/regional-networks').send(stranger).expect(404)).body).toMatchObject({
        code: 'EXPERT_SCHOOL.NOT_FOUND',
      });
      await coordinator
        .post('/regional-networks')
        .send({ ...network, region: 'Randstad' })
        .expect(400);
    });
  });

  describe('quality reviews', () => {
    it('records a yearly review once per school year, with reasons kept out of the event', async () => {
      const { brin } = await certifiedExpertSchool(service, coordinator);
      const review = {
        schoolYear: '2025-2026',
        reviewedOn: '2026-06-01',
        sustainablyHighQuality: true,
        reasons: ['Resultaten drie jaar boven de signaleringswaarde'],
      };
      const { body } = await coordinator
        .post(`/expert-schools/${brin}/quality-reviews`)
        .send(review)
        .expect(201);
      expect(body).toMatchObject({ brin, schoolYear: '2025-2026', sustainablyHighQuality: true });
      const events = await lastEvents(service, streams.qualityReview(brin, '2025-2026'));
      expect(events).toEqual([
        {
          type: 'ExpertSchoolQualityReviewed',
          data: {
            reviewId: body.reviewId,
            brin,
            sector: 'PO',
            schoolYear: '2025-2026',
            sustainablyHighQuality: true,
            reviewedOn: '2026-06-01',
          },
        },
      ]);
      expect(
        (await coordinator.post(`/expert-schools/${brin}/quality-reviews`).send(review).expect(409)).body,
      ).toMatchObject({
        code: 'QUALITY_REVIEW.ALREADY_REVIEWED',
      });
      const { body: listed } = await desk.get(`/expert-schools/${brin}/quality-reviews`).expect(200);
      expect(listed).toHaveLength(1);
    });

    it('refuses a review of a school that is no expert school (404), before its certification (422), malformed (400)', async () => {
      const review = {
        schoolYear: '2025-2026',
        reviewedOn: '2026-06-01',
        sustainablyHighQuality: false,
        reasons: [],
      };
      await coordinator.post(`/expert-schools/${nextBrin()}/quality-reviews`).send(review).expect(404);
      const { brin } = await certifiedExpertSchool(service, coordinator);
      expect(
        (
          await coordinator
            .post(`/expert-schools/${brin}/quality-reviews`)
            .send({ ...review, schoolYear: '2024-2025', reviewedOn: '2025-01-01' })
            .expect(422)
        ).body,
      ).toMatchObject({ code: 'DAY.OUT_OF_ORDER' });
      await coordinator
        .post(`/expert-schools/${brin}/quality-reviews`)
        .send({ ...review, sustainablyHighQuality: 'yes' })
        .expect(400);
      await coordinator.post('/expert-schools/xx/quality-reviews').send(review).expect(400);
    });
  });
});
