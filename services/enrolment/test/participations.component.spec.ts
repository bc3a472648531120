import { catalogue, validateEventData } from '@okr/contracts';
import { CommitStore } from '@okr/messaging';
import { ShiftedClock } from '@okr/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { addDays, addMonths, dayOf } from '../src/domain/calendar-day.value-object';
import type { SubsidyRoundState } from '../src/domain/subsidy-round.entity';
import { AggregateStore } from '@okr/messaging';
import { streams } from '../src/infrastructure/enrolment.aggregates';
import { anonymous, type Caller, type EnrolmentApp, freshBrin, startEnrolment } from './enrolment-app';
import {
  applicationReadyToGrant,
  type ApplicationOptions,
  DEFAULT_REQUESTED_CENTS,
  openRound,
  registerSchoolDirectly,
  submitApplicationDirectly,
} from './grant-setup';

// taallab-participating is not an improvement-culture trajectory: no pupil development, coaches or assessment.
const LAB: ApplicationOptions = { activity: 'taallab-participating', requestedAmountCents: 1_000_000 };

describe('participations', () => {
  // An assessment a year after completion needs a today a year ahead: the clock moves there for it.
  const clock = new ShiftedClock();
  let service: EnrolmentApp;
  let store: AggregateStore;
  let commits: CommitStore;
  let round: SubsidyRoundState;
  let officer: Caller;
  let desk: Caller;
  const today = dayOf(new Date());

  beforeAll(async () => {
    service = await startEnrolment({}, { clock });
    store = service.app.get(AggregateStore);
    commits = service.app.get(CommitStore);
    round = await openRound(store, { budgetCents: 100 * DEFAULT_REQUESTED_CENTS, maxGrants: 100 });
    officer = await service.as('subsidy-officer');
    desk = await service.as('helpdesk', 'desk-anna');
  });

  afterEach(() => clock.shiftDays(0));

  afterAll(async () => {
    await service.close();
  });

  /** A school enrolled through a grant; returns the participation's id. */
  async function enrolled(options: ApplicationOptions = {}): Promise<string> {
    const application = await applicationReadyToGrant(store, freshBrin(), round, options);
    await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({}).expect(200);
    return application.participationId;
  }

  async function active(options: ApplicationOptions = {}): Promise<string> {
    const id = await enrolled(options);
    await desk.post(`/participations/${id}/start`).send({}).expect(200);
    return id;
  }

  async function completed(): Promise<string> {
    const id = await active();
    await desk
      .post(`/participations/${id}/completion`)
      .send({ completedOn: today, pupilDevelopmentImproved: true })
      .expect(201);
    return id;
  }

  /** The events of the participation's last commit, each checked against its contract. */
  async function lastEvents(
    participationId: string,
  ): Promise<{ type: string; data: Record<string, unknown> }[]> {
    const commit = await commits.latest(streams.participation(participationId));
    return (commit?.events ?? []).map(({ envelope }) => {
      const contract = catalogue.find(envelope.type, envelope.version);
      if (!contract) throw new Error(`no contract for ${envelope.type} v${envelope.version}`);
      expect(validateEventData(contract, envelope.data)).toMatchObject({ ok: true });
      return { type: envelope.type, data: envelope.data as Record<string, unknown> };
    });
  }

  describe('reading', () => {
    it('shows a participation to the help desk and subsidy officers, and answers 404 for an unknown one', async () => {
      const id = await enrolled();

      const read = await officer.get(`/participations/${id}`);

      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        participationId: id,
        version: 1,
        status: 'enrolled',
        enrolledOn: today,
        activity: 'groeikracht',
        pillar: 'improvement-culture',
        equalAccess: { weakPerforming: true, smallRegional: true },
        trainedCoaches: [],
      });
      await desk.get(`/participations/${id}`).expect(200);
      const unknown = await desk.get(`/participations/${randomUUID()}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'PARTICIPATION.NOT_FOUND' });
      await desk.get('/participations/not-a-uuid').expect(400);
    });

    it('answers 401 without a token and 403 for a role that may not read participations', async () => {
      const id = await enrolled();
      await anonymous(service.app).get(`/participations/${id}`).expect(401);
      const monitoring = await service.as('monitoring');

      await monitoring.get(`/participations/${id}`).expect(403);
      await monitoring.get(`/schools/${freshBrin()}/participations`).expect(403);
    });

    it("lists a school's participations in the order it enrolled, a page at a time", async () => {
      const brin = freshBrin();
      const school = await registerSchoolDirectly(store, brin);
      const first = await submitApplicationDirectly(store, school, round);
      const second = await submitApplicationDirectly(store, school, round, LAB);
      await officer.post(`/subsidy-applications/${first.applicationId}/grant`).send({}).expect(200);
      await officer.post(`/subsidy-applications/${second.applicationId}/grant`).send({}).expect(200);
      await enrolled(); // another school's participation stays out of the list

      const all = await officer.get(`/schools/${brin}/participations`);
      const page = await desk.get(`/schools/${brin}/participations?pageSize=1&page=2`);

      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ total: 2, page: 1 });
      const ids = (all.body as { items: { participationId: string; brin: string }[] }).items.map(
        (item) => item.participationId,
      );
      expect(new Set(ids)).toEqual(new Set([first.participationId, second.participationId]));
      expect(page.body).toMatchObject({
        total: 2,
        page: 2,
        pageSize: 1,
        items: [{ participationId: ids[1] }],
      });
      const unknown = await desk.get(`/schools/${freshBrin()}/participations`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'SCHOOL.NOT_REGISTERED' });
      await desk.get('/schools/12ab/participations').expect(400);
      await desk.get(`/schools/${brin}/participations?pageSize=0`).expect(400);
    });
  });

  describe('starting', () => {
    it('starts an enrolled participation without publishing an event', async () => {
      const id = await enrolled();

      const response = await desk.post(`/participations/${id}/start`).send({ startedOn: today });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'active', startedOn: today, version: 2 });
      const commit = await commits.latest(streams.participation(id));
      expect(commit?.actor).toBe('desk-anna');
      expect(commit?.command).toBe('start-participation');
      expect(await lastEvents(id)).toEqual([]);
    });

    it('answers 409 to a second start, 422 to a start before the enrolment and 400 to a day that does not exist', async () => {
      const id = await active();

      const again = await desk.post(`/participations/${id}/start`).send({});
      const early = await desk
        .post(`/participations/${await enrolled()}/start`)
        .send({ startedOn: addDays(today, -1) });

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'PARTICIPATION.INVALID_TRANSITION' });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({
        code: 'PARTICIPATION.DATE_OUT_OF_ORDER',
        details: { rule: 'start-after-enrolment' },
      });
      await desk.post(`/participations/${id}/start`).send({ startedOn: '2025-02-30' }).expect(400);
    });

    it('answers 401, 403 for a subsidy officer, and 404 for an unknown participation', async () => {
      const id = await enrolled();
      await anonymous(service.app).post(`/participations/${id}/start`).send({}).expect(401);
      await officer.post(`/participations/${id}/start`).send({}).expect(403);

      const unknown = await desk.post(`/participations/${randomUUID()}/start`).send({});

      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'PARTICIPATION.NOT_FOUND' });
    });
  });

  describe('completing', () => {
    it('completes a trajectory with its pupil-development outcome and publishes ParticipationCompleted', async () => {
      const id = await active();

      const response = await desk
        .post(`/participations/${id}/completion`)
        .send({ completedOn: today, pupilDevelopmentImproved: false });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: 'completed',
        completedOn: today,
        pupilDevelopmentImproved: false,
      });
      expect(await lastEvents(id)).toEqual([
        {
          type: 'ParticipationCompleted',
          data: expect.objectContaining({ participationId: id, pupilDevelopmentImproved: false }) as unknown,
        },
      ]);
    });

    it('answers 422 to a trajectory completed without saying whether pupil development improved', async () => {
      const id = await active();

      const response = await desk.post(`/participations/${id}/completion`).send({});

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION.PUPIL_DEVELOPMENT_REQUIRED' });
    });

    it('completes another activity without pupil development, and answers 422 when it is given', async () => {
      const id = await active(LAB);

      const given = await desk
        .post(`/participations/${id}/completion`)
        .send({ pupilDevelopmentImproved: true });
      const plain = await desk.post(`/participations/${id}/completion`).send({});

      expect(given.status).toBe(422);
      expect(given.body).toMatchObject({ code: 'PARTICIPATION.PUPIL_DEVELOPMENT_NOT_APPLICABLE' });
      expect(plain.status).toBe(201);
      expect(plain.body).not.toHaveProperty('pupilDevelopmentImproved');
    });

    it('answers 409 to completing a participation that never started, 400 to a non-boolean outcome and 403 to an officer', async () => {
      const id = await enrolled();

      const response = await desk
        .post(`/participations/${id}/completion`)
        .send({ pupilDevelopmentImproved: true });

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'PARTICIPATION.INVALID_TRANSITION' });
      await desk
        .post(`/participations/${id}/completion`)
        .send({ pupilDevelopmentImproved: 'yes' })
        .expect(400);
      await officer
        .post(`/participations/${id}/completion`)
        .send({ pupilDevelopmentImproved: true })
        .expect(403);
      await desk.post(`/participations/${randomUUID()}/completion`).send({}).expect(404);
    });
  });

  describe('withdrawing', () => {
    it('withdraws with a reason code, keeping the notes out of SchoolWithdrew', async () => {
      const id = await active();
      const notes = 'Nieuwe directeur wil eerst het team op orde brengen.';

      const response = await desk
        .post(`/participations/${id}/withdrawal`)
        .send({ reasonCode: 'leadership-change', notes, withdrawnOn: today });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: 'withdrawn',
        withdrawal: { reasonCode: 'leadership-change', withdrawnOn: today, notes },
      });
      const events = await lastEvents(id);
      expect(events).toEqual([
        {
          type: 'SchoolWithdrew',
          data: expect.objectContaining({ reasonCode: 'leadership-change', withdrawnOn: today }) as unknown,
        },
      ]);
      expect(JSON.stringify(events)).not.toContain('directeur');
    });

    it('answers 409 to a second withdrawal', async () => {
      const id = await enrolled();
      await desk.post(`/participations/${id}/withdrawal`).send({ reasonCode: 'capacity' }).expect(201);

      const again = await desk.post(`/participations/${id}/withdrawal`).send({ reasonCode: 'capacity' });

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'PARTICIPATION.INVALID_TRANSITION' });
    });

    it('answers 400 to an unknown reason code or none, 403 to an officer and 404 to an unknown participation', async () => {
      const id = await enrolled();

      const response = await desk.post(`/participations/${id}/withdrawal`).send({ reasonCode: 'bored' });

      expect(response.status).toBe(400);
      const fields = (response.body as { errors: { field: string }[] }).errors.map((error) => error.field);
      expect(fields).toEqual(['reasonCode']);
      await desk.post(`/participations/${id}/withdrawal`).send({}).expect(400);
      await officer.post(`/participations/${id}/withdrawal`).send({ reasonCode: 'other' }).expect(403);
      await anonymous(service.app)
        .post(`/participations/${id}/withdrawal`)
        .send({ reasonCode: 'other' })
        .expect(401);
      await desk.post(`/participations/${randomUUID()}/withdrawal`).send({ reasonCode: 'other' }).expect(404);
    });
  });

  describe('assessing sustainability', () => {
    it('answers 422 before 12 months have passed since completion, then records the assessment once', async () => {
      const id = await completed();
      const earliest = addMonths(today, 12);
      const tooSoon = await desk
        .post(`/participations/${id}/sustainability-assessment`)
        .send({ assessedOn: earliest, sustainableCulture: true });
      expect(tooSoon.status).toBe(400);
      expect(tooSoon.body).toMatchObject({
        errors: [expect.objectContaining({ field: 'assessedOn' }) as unknown],
      });
      clock.shiftDays(366);

      const early = await desk
        .post(`/participations/${id}/sustainability-assessment`)
        .send({ assessedOn: addDays(earliest, -1), sustainableCulture: true });
      const onTime = await desk
        .post(`/participations/${id}/sustainability-assessment`)
        .send({ assessedOn: earliest, sustainableCulture: true });
      const again = await desk
        .post(`/participations/${id}/sustainability-assessment`)
        .send({ assessedOn: earliest, sustainableCulture: false });

      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'PARTICIPATION.ASSESSED_TOO_EARLY' });
      expect(onTime.status).toBe(201);
      expect(onTime.body).toMatchObject({
        sustainability: { sustainableCulture: true, assessedOn: earliest },
      });
      expect(await lastEvents(id)).toEqual([
        {
          type: 'SustainabilityAssessed',
          data: expect.objectContaining({ sustainableCulture: true, assessedOn: earliest }) as unknown,
        },
      ]);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'PARTICIPATION.ALREADY_ASSESSED' });
    });

    it('answers 422 for a trajectory not completed or an activity that is no trajectory, and 400 without the verdict', async () => {
      const running = await active();
      const lab = await active(LAB);

      const notCompleted = await desk
        .post(`/participations/${running}/sustainability-assessment`)
        .send({ sustainableCulture: true });
      const notTrajectory = await desk
        .post(`/participations/${lab}/sustainability-assessment`)
        .send({ sustainableCulture: true });

      expect(notCompleted.status).toBe(422);
      expect(notCompleted.body).toMatchObject({ code: 'PARTICIPATION.NOT_COMPLETED' });
      expect(notTrajectory.status).toBe(422);
      expect(notTrajectory.body).toMatchObject({ code: 'PARTICIPATION.NOT_IMPROVEMENT_CULTURE' });
      await desk.post(`/participations/${running}/sustainability-assessment`).send({}).expect(400);
      await officer
        .post(`/participations/${running}/sustainability-assessment`)
        .send({ sustainableCulture: true })
        .expect(403);
      await desk
        .post(`/participations/${randomUUID()}/sustainability-assessment`)
        .send({ sustainableCulture: true })
        .expect(404);
    });
  });

  describe('recording trained coaches', () => {
    it('records a coach under a new pseudonymous id when none is given, and under the given one', async () => {
      const id = await enrolled();
      const coachId = randomUUID();

      const generated = await desk.post(`/participations/${id}/trained-coaches`).send({});
      const given = await desk
        .post(`/participations/${id}/trained-coaches`)
        .send({ coachId, trainedOn: today });

      expect(generated.status).toBe(201);
      expect(given.status).toBe(201);
      const coaches = (given.body as { trainedCoaches: { coachId: string; trainedOn: string }[] })
        .trainedCoaches;
      expect(coaches).toHaveLength(2);
      expect(coaches[0]?.coachId).toMatch(/^[0-9a-f-]{36}$/);
      expect(coaches[1]).toEqual({ coachId, trainedOn: today });
      expect(await lastEvents(id)).toEqual([
        {
          type: 'ExpertCoachTrained',
          data: expect.objectContaining({ coachId, trainedOn: today }) as unknown,
        },
      ]);
    });

    it('answers 409 to the same coach twice, 422 for an activity without coaches and 400 for an id that is no UUID', async () => {
      const id = await enrolled();
      const coachId = randomUUID();
      await desk.post(`/participations/${id}/trained-coaches`).send({ coachId }).expect(201);

      const again = await desk.post(`/participations/${id}/trained-coaches`).send({ coachId });
      const lab = await desk.post(`/participations/${await enrolled(LAB)}/trained-coaches`).send({});
      const early = await desk
        .post(`/participations/${id}/trained-coaches`)
        .send({ trainedOn: addDays(today, -1) });

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'PARTICIPATION.COACH_ALREADY_TRAINED' });
      expect(lab.status).toBe(422);
      expect(lab.body).toMatchObject({ code: 'PARTICIPATION.NOT_IMPROVEMENT_CULTURE' });
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({
        code: 'PARTICIPATION.DATE_OUT_OF_ORDER',
        details: { rule: 'coach-trained-after-enrolment' },
      });
      await desk.post(`/participations/${id}/trained-coaches`).send({ coachId: 'Jan Jansen' }).expect(400);
      await officer.post(`/participations/${id}/trained-coaches`).send({}).expect(403);
      await desk.post(`/participations/${randomUUID()}/trained-coaches`).send({}).expect(404);
    });
  });
});
