import { dayOf } from '@okr/contracts';
import { CommitStore } from '@okr/messaging';
import { type Caller, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';
import { allowedAmountCents, roundBody, SCENARIO_ACTIVITY } from './enrolment-scenario';

// The programme's first year, recorded today: every command takes the day (or moment) it happened and is
// checked against the facts as they stood then.
describe('recording history: facts dated in the past', () => {
  let service: EnrolmentApp;
  let desk: Caller;
  let admin: Caller;
  let officer: Caller;
  let roundId: string;

  const round2023 = roundBody({
    schoolYear: '2023-2024',
    opensAt: '2023-03-01T08:00:00Z',
    closesAt: '2023-04-01T15:00:00Z',
  });

  beforeAll(async () => {
    service = await startEnrolment();
    [desk, admin, officer] = await Promise.all([
      service.as('helpdesk'),
      service.as('admin'),
      service.as('subsidy-officer'),
    ]);
    roundId = (await admin.post('/subsidy-rounds').send(round2023).expect(201)).body.roundId as string;
  });

  afterAll(async () => {
    await service.close();
  });

  /** A school with an inquiry, a conversation on `talkedOn` and a fit intake on `intakeOn`, all of 2023. */
  async function schoolOf2023(talkedOn = '2023-01-20', intakeOn = '2023-02-10'): Promise<string> {
    const brin = freshBrin();
    await desk
      .post('/schools')
      .send(schoolBody(brin, { registeredOn: '2023-01-10' }))
      .expect(201);
    const inquiry = await desk
      .post('/inquiries')
      .send({ brin, channel: 'email', receivedAt: '2023-01-16T09:00:00Z' })
      .expect(201);
    const inquiryId = inquiry.body.inquiryId as string;
    await desk
      .post(`/inquiries/${inquiryId}/conversations`)
      .send({ heldOn: talkedOn, notes: 'Verkennend gesprek.' })
      .expect(201);
    await admin
      .post('/intakes')
      .send({
        brin,
        activity: SCENARIO_ACTIVITY,
        outcome: 'fit',
        notes: 'Past.',
        heldOn: intakeOn,
        inquiryId,
      })
      .expect(201);
    return brin;
  }

  const application = (brin: string, submittedAt?: string): Record<string, unknown> => ({
    brin,
    activity: SCENARIO_ACTIVITY,
    roundId,
    requestedAmountCents: allowedAmountCents(SCENARIO_ACTIVITY),
    motivation: 'Wij willen een onderzoekscultuur opbouwen.',
    ...(submittedAt !== undefined ? { submittedAt } : {}),
  });

  it('accepts an application of a 2023 round dated inside that round, and publishes its own day', async () => {
    const brin = await schoolOf2023();

    const response = await desk
      .post('/subsidy-applications')
      .send(application(brin, '2023-03-15T10:00:00Z'))
      .expect(201);

    expect(response.body).toMatchObject({
      submittedAt: '2023-03-15T10:00:00.000Z',
      submittedOn: '2023-03-15',
    });
    const commit = await service.app
      .get(CommitStore)
      .latest(`application:${response.body.applicationId as string}`);
    expect(commit?.events[0]?.envelope.data).toMatchObject({
      submittedAt: '2023-03-15T10:00:00.000Z',
      submittedOn: '2023-03-15',
    });
  });

  it('refuses an application of that round filed now, after it closed', async () => {
    const brin = await schoolOf2023();

    const response = await desk.post('/subsidy-applications').send(application(brin)).expect(422);

    expect(response.body).toMatchObject({ code: 'APPLICATION.ROUND_CLOSED' });
  });

  it('refuses an application dated before the exploratory conversation, naming the rule', async () => {
    const brin = await schoolOf2023('2023-03-20', '2023-03-21');

    const response = await desk
      .post('/subsidy-applications')
      .send(application(brin, '2023-03-15T10:00:00Z'))
      .expect(422);

    expect(response.body).toMatchObject({
      code: 'APPLICATION.DATE_OUT_OF_ORDER',
      details: { rule: 'application-after-conversation', earliest: '2023-03-20' },
    });
  });

  it('refuses an application dated after today', async () => {
    const brin = await schoolOf2023();

    const response = await desk
      .post('/subsidy-applications')
      .send(application(brin, '2099-03-15T10:00:00Z'))
      .expect(400);

    expect(JSON.stringify(response.body)).toContain('submittedAt');
  });

  it('grants in the order the applications were submitted, not the order they were recorded', async () => {
    const [late, early] = [await schoolOf2023(), await schoolOf2023()];
    // Recorded first, submitted second.
    const recordedFirst = await desk
      .post('/subsidy-applications')
      .send(application(late, '2023-03-20T10:00:00Z'))
      .expect(201);
    const recordedSecond = await desk
      .post('/subsidy-applications')
      .send(application(early, '2023-03-02T10:00:00Z'))
      .expect(201);

    const queue = await officer.get(`/subsidy-rounds/${roundId}/applications?queue=true`).expect(200);

    const order = (queue.body.items as { applicationId: string }[]).map((item) => item.applicationId);
    expect(order.indexOf(recordedSecond.body.applicationId as string)).toBeLessThan(
      order.indexOf(recordedFirst.body.applicationId as string),
    );
  });

  it('shows in the audit trail that a decision was recorded later than it happened', async () => {
    const brin = await schoolOf2023();
    const submitted = await desk
      .post('/subsidy-applications')
      .send(application(brin, '2023-03-15T10:00:00Z'))
      .expect(201);
    const id = submitted.body.applicationId as string;
    await officer.post(`/subsidy-applications/${id}/grant`).send({ decidedOn: '2023-05-01' }).expect(200);

    const trail = await desk.get(`/subsidy-applications/${id}/audit`).expect(200);

    const today = dayOf(new Date());
    expect(trail.body).toEqual([
      expect.objectContaining({ command: 'submit-application', happenedOn: '2023-03-15', recordedOn: today }),
      expect.objectContaining({ command: 'grant-application', happenedOn: '2023-05-01', recordedOn: today }),
    ]);
  });

  // Last: it changes the catalogue for the rest of this file's database.
  it('checks an application of 2023 against the catalogue in force then, not against a later edit', async () => {
    const [then, now] = [await schoolOf2023(), await schoolOf2023()];
    // Today's catalogue no longer offers Groeikracht; in 2023 the built-in default did.
    await admin
      .put('/activity-catalogue')
      .send({
        entries: [
          {
            activity: 'development-school',
            allowedSectors: ['PO', 'VO'],
            amountRule: { kind: 'per-pupil', centsPerPupil: 5_000, maxCents: 2_000_000 },
          },
        ],
      })
      .expect(200);
    const round = await admin.post('/subsidy-rounds').send(roundBody()).expect(201);

    await desk.post('/subsidy-applications').send(application(then, '2023-03-15T10:00:00Z')).expect(201);
    const refused = await desk
      .post('/subsidy-applications')
      .send({ ...application(now), roundId: round.body.roundId as string })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'APPLICATION.ACTIVITY_NOT_OFFERED' });
  });
});
