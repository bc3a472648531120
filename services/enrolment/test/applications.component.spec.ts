import { CommitStore } from '@okr/messaging';
import { ShiftedClock } from '@okr/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { addDays, dayOf } from '../src/domain/calendar-day.value-object';
import { anonymous, type Caller, type EnrolmentApp, freshBrin, startEnrolment } from './enrolment-app';
import { openRound, readyToApply } from './enrolment-scenario';

interface Application {
  applicationId: string;
  status: string;
  submittedOn: string;
  decisionDueOn: string;
  clockPaused: boolean;
  overdue: boolean;
  labels: { internal: string; school: string };
  requestedAmountCents: number;
}

interface Problem {
  code: string;
  details?: Record<string, unknown>;
  errors?: { field: string }[];
}

interface Page<T> {
  items: T[];
  total: number;
}

describe('subsidy applications', () => {
  // Steps dated after their application need a today that has reached them: the clock moves ahead for those.
  const clock = new ShiftedClock();
  let service: EnrolmentApp;
  let desk: Caller;
  let officer: Caller;

  beforeAll(async () => {
    service = await startEnrolment({}, { clock });
    desk = await service.as('helpdesk', 'desk-anna');
    officer = await service.as('subsidy-officer', 'officer-omar');
  });

  afterEach(() => clock.shiftDays(0));

  afterAll(async () => {
    await service.close();
  });

  const eventTypesOf = async (applicationId: string): Promise<string[] | undefined> => {
    const commit = await service.app.get(CommitStore).latest(`application:${applicationId}`);
    return commit?.events.map((event) => event.envelope.type);
  };

  /** Files an application that is eligible, and returns it. */
  const filed = async (roundId?: string): Promise<Application> => {
    const school = await readyToApply(service, roundId !== undefined ? { roundId } : {});
    const response = await desk.post('/subsidy-applications').send(school.body).expect(201);
    return response.body as Application;
  };

  describe('submitting', () => {
    it('files an application for a school with a conversation and a fit intake, due in 13 weeks', async () => {
      const school = await readyToApply(service);

      const response = await desk.post('/subsidy-applications').send(school.body);

      expect(response.status).toBe(201);
      const application = response.body as Application;
      const today = dayOf(new Date());
      expect(application).toMatchObject({
        brin: school.brin,
        activity: 'groeikracht',
        pillar: 'improvement-culture',
        sector: 'PO',
        roundId: school.roundId,
        schoolYear: '2025-2026',
        requestedAmountCents: 3_000_000,
        status: 'submitted',
        labels: { internal: 'Ingediend – wacht op beoordeling', school: 'Ingediend' },
        submittedOn: today,
        decisionDueOn: addDays(today, 91),
        clockPaused: false,
        overdue: false,
        informationRequests: [],
        version: 1,
      });
      expect(await eventTypesOf(application.applicationId)).toEqual(['SubsidyApplicationSubmitted']);
      const commit = await service.app.get(CommitStore).latest(`application:${application.applicationId}`);
      expect(commit?.actor).toBe('desk-anna');
      const read = await officer.get(`/subsidy-applications/${application.applicationId}`).expect(200);
      expect(read.body).toEqual(application);
    });

    it('answers 400 naming every invalid field', async () => {
      const response = await desk.post('/subsidy-applications').send({
        brin: '1AB',
        activity: 'knutselen',
        roundId: 'round-1',
        requestedAmountCents: 0,
        motivation: '',
      });

      expect(response.status).toBe(400);
      const fields = (response.body as Problem).errors?.map((error) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining(['brin', 'activity', 'roundId', 'requestedAmountCents', 'motivation']),
      );
    });

    it('answers 401 without a token and 403 for a subsidy officer, who assesses but does not file', async () => {
      const school = await readyToApply(service);
      await anonymous(service.app).post('/subsidy-applications').send(school.body).expect(401);

      const response = await officer.post('/subsidy-applications').send(school.body);

      expect(response.status).toBe(403);
    });

    it('answers 404 for a school that is not registered and for a round that does not exist', async () => {
      const school = await readyToApply(service);

      const noSchool = await desk.post('/subsidy-applications').send({ ...school.body, brin: freshBrin() });
      const noRound = await desk
        .post('/subsidy-applications')
        .send({ ...school.body, roundId: randomUUID() });

      expect(noSchool.status).toBe(404);
      expect(noSchool.body).toMatchObject({ code: 'SCHOOL.NOT_REGISTERED' });
      expect(noRound.status).toBe(404);
      expect(noRound.body).toMatchObject({ code: 'ROUND.NOT_FOUND' });
    });

    it('refuses an application outside the round period with 422 ROUND_CLOSED', async () => {
      const school = await readyToApply(service, {
        round: {
          opensAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
          closesAt: new Date(Date.now() - 86_400_000).toISOString(),
        },
      });

      const response = await desk.post('/subsidy-applications').send(school.body);

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'APPLICATION.ROUND_CLOSED' });
    });

    it('refuses an activity the round does not offer with 422 ACTIVITY_NOT_OFFERED', async () => {
      const school = await readyToApply(service, {
        round: { activityAmounts: [{ activity: 'taallab-participating', maxAmountCents: 1_000_000 }] },
      });

      const response = await desk.post('/subsidy-applications').send(school.body);

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'APPLICATION.ACTIVITY_NOT_OFFERED',
        details: { activity: 'groeikracht' },
      });
    });

    it('refuses a school the help desk has not talked with with 422 NO_EXPLORATORY_CONVERSATION', async () => {
      const asked = await readyToApply(service, { inquiry: 'without-conversation' });
      const neverAsked = await readyToApply(service, { roundId: asked.roundId, inquiry: 'none' });

      const first = await desk.post('/subsidy-applications').send(asked.body);
      const second = await desk.post('/subsidy-applications').send(neverAsked.body);

      expect(first.status).toBe(422);
      expect(first.body).toMatchObject({ code: 'APPLICATION.NO_EXPLORATORY_CONVERSATION' });
      expect(second.body).toMatchObject({ code: 'APPLICATION.NO_EXPLORATORY_CONVERSATION' });
    });

    it('counts a conversation held before the school was registered, through the inquiry its intake names', async () => {
      const school = await readyToApply(service, { inquiry: 'unregistered-with-conversation' });

      const response = await desk.post('/subsidy-applications').send(school.body);

      expect(response.status).toBe(201);
    });

    it('refuses a school without a fit intake with 422 NO_FIT_INTAKE', async () => {
      const noFit = await readyToApply(service, { intake: 'no-fit' });
      const noIntake = await readyToApply(service, { roundId: noFit.roundId, intake: 'none' });

      const first = await desk.post('/subsidy-applications').send(noFit.body);
      const second = await desk.post('/subsidy-applications').send(noIntake.body);

      expect(first.status).toBe(422);
      expect(first.body).toMatchObject({ code: 'APPLICATION.NO_FIT_INTAKE' });
      expect(second.status).toBe(422);
      expect(second.body).toMatchObject({ code: 'APPLICATION.NO_FIT_INTAKE' });
    });

    it('refuses an amount above the most the catalogue allows with 422 AMOUNT_NOT_ALLOWED', async () => {
      const school = await readyToApply(service);

      const response = await desk
        .post('/subsidy-applications')
        .send({ ...school.body, requestedAmountCents: 4_000_001 });

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'APPLICATION.AMOUNT_NOT_ALLOWED',
        details: { requestedAmountCents: 4_000_001 },
      });
    });

    it('refuses a motivation of only spaces with 422 MOTIVATION_REQUIRED', async () => {
      const school = await readyToApply(service);

      const response = await desk.post('/subsidy-applications').send({ ...school.body, motivation: '   ' });

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'APPLICATION.MOTIVATION_REQUIRED' });
    });

    it('refuses an activity the catalogue closes to the school sector with 422 SECTOR_NOT_ALLOWED', async () => {
      // The catalogue is one for the whole service: this test changes it in an app of its own.
      const own = await startEnrolment();
      try {
        const admin = await own.as('admin');
        await admin
          .put('/activity-catalogue')
          .send({
            entries: [
              {
                activity: 'groeikracht',
                allowedSectors: ['VO'],
                amountRule: { kind: 'maximum', maxCents: 4_000_000 },
              },
            ],
          })
          .expect(200);
        const school = await readyToApply(own);

        const response = await (await own.as('helpdesk')).post('/subsidy-applications').send(school.body);

        expect(response.status).toBe(422);
        expect(response.body).toMatchObject({
          code: 'APPLICATION.SECTOR_NOT_ALLOWED',
          details: { sector: 'PO', allowedSectors: ['VO'] },
        });
      } finally {
        await own.close();
      }
    });

    it('refuses a second live application for the same activity and round with 409 DUPLICATE', async () => {
      const school = await readyToApply(service);
      const first = await desk.post('/subsidy-applications').send(school.body).expect(201);

      const second = await desk.post('/subsidy-applications').send(school.body);

      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({
        code: 'APPLICATION.DUPLICATE',
        details: { applicationId: (first.body as Application).applicationId, status: 'submitted' },
      });
    });

    it('accepts a new application after a withdrawal, under a new id, and refuses a third', async () => {
      const school = await readyToApply(service);
      const first = (await desk.post('/subsidy-applications').send(school.body).expect(201))
        .body as Application;
      await desk.post(`/subsidy-applications/${first.applicationId}/withdrawal`).send({}).expect(200);

      const again = await desk.post('/subsidy-applications').send(school.body);
      const third = await desk.post('/subsidy-applications').send(school.body);

      expect(again.status).toBe(201);
      const second = again.body as Application;
      expect(second.applicationId).not.toBe(first.applicationId);
      expect(second.status).toBe('submitted');
      expect(third.status).toBe(409);
      expect(third.body).toMatchObject({
        code: 'APPLICATION.DUPLICATE',
        details: { applicationId: second.applicationId },
      });
    });

    it('accepts exactly one of ten applications filed at once for the same school, activity and round', async () => {
      const school = await readyToApply(service);
      const desks = await Promise.all(
        Array.from({ length: 10 }, (_, index) => service.as('helpdesk', `desk-${index}`)),
      );

      const responses = await Promise.all(
        desks.map((caller) => caller.post('/subsidy-applications').send(school.body)),
      );

      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, ...Array.from({ length: 9 }, () => 409)]);
      const winner = responses.find((response) => response.status === 201)?.body as Application;
      for (const loser of responses.filter((response) => response.status === 409)) {
        expect(loser.body).toMatchObject({
          code: 'APPLICATION.DUPLICATE',
          details: { applicationId: winner.applicationId },
        });
      }
      const listed = await officer.get(`/subsidy-rounds/${school.roundId}/applications`).expect(200);
      expect((listed.body as Page<Application>).items.map((item) => item.applicationId)).toEqual([
        winner.applicationId,
      ]);
    });
  });

  describe('assessing', () => {
    it('stops the decision clock while information is awaited and moves the due day by the days it stood still', async () => {
      const application = await filed();
      const submittedOn = application.submittedOn;
      const id = application.applicationId;

      clock.shiftDays(17);
      const asked = await officer
        .post(`/subsidy-applications/${id}/information-requests`)
        .send({ question: 'Welke leerjaren doen mee?', requestedOn: addDays(submittedOn, 10) });

      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        status: 'information-requested',
        clockPaused: true,
        labels: { school: 'Aanvullende informatie gevraagd' },
        informationRequests: [
          { requestedOn: addDays(submittedOn, 10), question: 'Welke leerjaren doen mee?' },
        ],
      });
      expect(await eventTypesOf(id)).toEqual(['SubsidyInformationRequested']);

      const resubmitted = await desk
        .post(`/subsidy-applications/${id}/resubmission`)
        .send({ supplement: 'Groep 5 tot en met 8.', resubmittedOn: addDays(submittedOn, 17) });

      expect(resubmitted.status).toBe(200);
      expect(resubmitted.body).toMatchObject({
        status: 'resubmitted',
        clockPaused: false,
        labels: { internal: 'Aanvulling ontvangen – beoordeling hervat', school: 'Aanvulling ontvangen' },
        decisionDueOn: addDays(submittedOn, 91 + 7),
        informationRequests: [
          {
            requestedOn: addDays(submittedOn, 10),
            resubmittedOn: addDays(submittedOn, 17),
            supplement: 'Groep 5 tot en met 8.',
          },
        ],
      });
      expect(await eventTypesOf(id)).toEqual(['SubsidyApplicationResubmitted']);
      const read = await desk.get(`/subsidy-applications/${id}`).expect(200);
      expect(read.body).toMatchObject({ decisionDueOn: addDays(submittedOn, 98), version: 3 });
    });

    it('refuses an information request dated after today with 400 naming requestedOn, and takes it once today has come', async () => {
      const { applicationId } = await filed();
      const tomorrow = addDays(dayOf(new Date()), 1);
      const ask = () =>
        officer
          .post(`/subsidy-applications/${applicationId}/information-requests`)
          .send({ question: 'Welke leerjaren doen mee?', requestedOn: tomorrow });

      const early = await ask();
      expect(early.status).toBe(400);
      expect(early.body).toMatchObject({
        code: 'REQUEST.VALIDATION_FAILED',
        errors: [{ field: 'requestedOn', messages: [expect.stringContaining('after today')] }],
      });
      // Nothing was recorded after the filing itself.
      expect(await eventTypesOf(applicationId)).toEqual(['SubsidyApplicationSubmitted']);

      clock.shiftDays(1);
      expect((await ask()).status).toBe(201);
    });

    it('refuses a resubmission nobody asked for with 409 and a step dated before the last with 422', async () => {
      const { applicationId, submittedOn } = await filed();

      const unasked = await desk.post(`/subsidy-applications/${applicationId}/resubmission`).send({});
      const backdated = await officer
        .post(`/subsidy-applications/${applicationId}/information-requests`)
        .send({ question: 'Wie is de contactpersoon?', requestedOn: addDays(submittedOn, -1) });

      expect(unasked.status).toBe(409);
      expect(unasked.body).toMatchObject({ code: 'APPLICATION.INVALID_TRANSITION' });
      expect(backdated.status).toBe(422);
      expect(backdated.body).toMatchObject({
        code: 'APPLICATION.DATE_OUT_OF_ORDER',
        details: { rule: 'information-request-after-application' },
      });
    });

    it('rejects with a reason code and words for the school, once', async () => {
      const { applicationId } = await filed();
      const today = dayOf(new Date());

      const rejected = await officer
        .post(`/subsidy-applications/${applicationId}/rejection`)
        .send({ reasonCode: 'not-eligible', reasonText: 'De school valt buiten de doelgroep.' });
      const again = await officer
        .post(`/subsidy-applications/${applicationId}/rejection`)
        .send({ reasonCode: 'other', reasonText: 'Nogmaals.' });

      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        labels: { internal: 'Afgewezen', school: 'Afgewezen' },
        decidedOn: today,
        rejection: { reasonCode: 'not-eligible', reasonText: 'De school valt buiten de doelgroep.' },
        decisionDueOn: addDays(today, 91),
      });
      expect(await eventTypesOf(applicationId)).toEqual(['SubsidyRejected']);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'APPLICATION.INVALID_TRANSITION' });
    });

    it('answers 400 for an unknown reason code or a missing question', async () => {
      const { applicationId } = await filed();

      const reason = await officer
        .post(`/subsidy-applications/${applicationId}/rejection`)
        .send({ reasonCode: 'te-laat', reasonText: 'Te laat.' });
      const question = await officer
        .post(`/subsidy-applications/${applicationId}/information-requests`)
        .send({ requestedOn: '2025-02-30' });

      expect(reason.status).toBe(400);
      expect((reason.body as Problem).errors?.map((error) => error.field)).toEqual(['reasonCode']);
      expect(question.status).toBe(400);
      expect((question.body as Problem).errors?.map((error) => error.field)).toEqual(
        expect.arrayContaining(['question', 'requestedOn']),
      );
    });

    it('records a withdrawal with SubsidyApplicationWithdrawn and refuses a step after it', async () => {
      const { applicationId } = await filed();

      const withdrawn = await desk.post(`/subsidy-applications/${applicationId}/withdrawal`).send({});
      const asked = await officer
        .post(`/subsidy-applications/${applicationId}/information-requests`)
        .send({ question: 'Nog iets?' });

      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({
        status: 'withdrawn',
        withdrawnOn: dayOf(new Date()),
        labels: { school: 'Ingetrokken' },
      });
      expect(await eventTypesOf(applicationId)).toEqual(['SubsidyApplicationWithdrawn']);
      expect(asked.status).toBe(409);
    });

    it('lets only a subsidy officer ask and decide, and only the help desk resubmit and withdraw', async () => {
      const { applicationId } = await filed();
      const admin = await service.as('admin');

      await desk
        .post(`/subsidy-applications/${applicationId}/information-requests`)
        .send({ question: 'Vraag?' })
        .expect(403);
      await desk
        .post(`/subsidy-applications/${applicationId}/rejection`)
        .send({ reasonCode: 'other', reasonText: 'Nee.' })
        .expect(403);
      await officer.post(`/subsidy-applications/${applicationId}/withdrawal`).send({}).expect(403);
      await officer.post(`/subsidy-applications/${applicationId}/resubmission`).send({}).expect(403);
      await admin.post(`/subsidy-applications/${applicationId}/withdrawal`).send({}).expect(403);
      await anonymous(service.app).get(`/subsidy-applications/${applicationId}`).expect(401);
      await (await service.as('monitoring')).get(`/subsidy-applications/${applicationId}`).expect(403);
      await admin.get(`/subsidy-applications/${applicationId}`).expect(200);
    });

    it('answers 404 APPLICATION.NOT_FOUND for an application that does not exist and 400 for a malformed id', async () => {
      const unknown = randomUUID();

      const read = await desk.get(`/subsidy-applications/${unknown}`);
      const withdraw = await desk.post(`/subsidy-applications/${unknown}/withdrawal`).send({});
      const ask = await officer
        .post(`/subsidy-applications/${unknown}/information-requests`)
        .send({ question: 'Vraag?' });

      expect(read.status).toBe(404);
      expect(read.body).toMatchObject({ code: 'APPLICATION.NOT_FOUND' });
      expect(withdraw.status).toBe(404);
      expect(ask.status).toBe(404);
      await desk.get('/subsidy-applications/not-an-id').expect(400);
    });
  });

  describe('lists', () => {
    it("lists a round's applications in order of arrival, by status, and as the queue to assess", async () => {
      const roundId = await openRound(service);
      const first = await filed(roundId);
      const second = await filed(roundId);
      const third = await filed(roundId);
      await officer
        .post(`/subsidy-applications/${second.applicationId}/information-requests`)
        .send({ question: 'Welke leerjaren?' })
        .expect(201);
      await officer
        .post(`/subsidy-applications/${third.applicationId}/rejection`)
        .send({ reasonCode: 'incomplete', reasonText: 'Onvolledig.' })
        .expect(200);
      const ids = (page: unknown): string[] =>
        (page as Page<Application>).items.map((item) => item.applicationId);

      const all = await desk.get(`/subsidy-rounds/${roundId}/applications`).expect(200);
      const waiting = await desk
        .get(`/subsidy-rounds/${roundId}/applications?status=information-requested`)
        .expect(200);
      const queue = await officer.get(`/subsidy-rounds/${roundId}/applications?queue=true`).expect(200);

      expect(ids(all.body)).toEqual([first.applicationId, second.applicationId, third.applicationId]);
      expect(ids(waiting.body)).toEqual([second.applicationId]);
      expect(ids(queue.body)).toEqual([first.applicationId]);
      await desk.get(`/subsidy-rounds/${roundId}/applications?status=lost`).expect(400);
      await desk.get(`/subsidy-rounds/${randomUUID()}/applications`).expect(404);
      await (
        await service.as('pillar-team:enrolment')
      )
        .get(`/subsidy-rounds/${roundId}/applications`)
        .expect(403);
    });

    it('lists the applications whose decision is late, not those waiting on the school or decided', async () => {
      const roundId = await openRound(service);
      const running = await filed(roundId);
      const paused = await filed(roundId);
      const decided = await filed(roundId);
      await officer
        .post(`/subsidy-applications/${paused.applicationId}/information-requests`)
        .send({ question: 'Welke leerjaren?' })
        .expect(201);
      await officer
        .post(`/subsidy-applications/${decided.applicationId}/rejection`)
        .send({ reasonCode: 'other', reasonText: 'Nee.' })
        .expect(200);
      const dueOn = running.decisionDueOn;

      const onTheDay = await officer
        .get(`/subsidy-applications/overdue?roundId=${roundId}&today=${dueOn}`)
        .expect(200);
      const dayAfter = await desk
        .get(`/subsidy-applications/overdue?roundId=${roundId}&today=${addDays(dueOn, 1)}`)
        .expect(200);

      expect((onTheDay.body as Page<Application>).total).toBe(0);
      expect(dayAfter.body).toMatchObject({
        total: 1,
        items: [{ applicationId: running.applicationId, overdue: true, daysOverdue: 1 }],
      });
      await desk.get('/subsidy-applications/overdue').expect(200);
      await desk.get('/subsidy-applications/overdue?today=tomorrow').expect(400);
      await (await service.as('monitoring')).get('/subsidy-applications/overdue').expect(403);
    });
  });
});
