import { CommitStore } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { anonymous, type Caller, type EnrolmentApp, startEnrolment } from './enrolment-app';
import { applicationBody, openRound, prepareSchool, roundBody } from './enrolment-scenario';

const DAY_MS = 86_400_000;

interface Round {
  roundId: string;
  schoolYear: string;
  phase: string;
  budget: { reservedCents: number; remainingCents: number; remainingAfterReservedCents: number };
}

interface Problem {
  code: string;
  errors?: { field: string }[];
}

describe('subsidy rounds', () => {
  let service: EnrolmentApp;
  let admin: Caller;

  beforeAll(async () => {
    service = await startEnrolment();
    admin = await service.as('admin', 'admin-ada');
  });

  afterAll(async () => {
    await service.close();
  });

  it('opens a round with an untouched budget and puts SubsidyRoundOpened in the outbox', async () => {
    const body = roundBody({
      opensAt: '2025-03-01T09:00:00+01:00',
      closesAt: '2099-04-01T15:00:00Z',
      budgetCents: 10_000_000,
      maxGrants: 3,
      activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 4_000_000 }],
    });

    const response = await admin.post('/subsidy-rounds').send(body);

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      schoolYear: '2025-2026',
      opensAt: '2025-03-01T08:00:00.000Z',
      closesAt: '2099-04-01T15:00:00.000Z',
      phase: 'open',
      budgetCents: 10_000_000,
      maxGrants: 3,
      activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 4_000_000 }],
      budget: {
        budgetCents: 10_000_000,
        grantedCents: 0,
        grantedCount: 0,
        grantsLeft: 3,
        reservedCents: 0,
        remainingCents: 10_000_000,
        remainingAfterReservedCents: 10_000_000,
      },
      undecidedApplications: 0,
      version: 1,
    });
    const { roundId } = response.body as Round;
    const commit = await service.app.get(CommitStore).latest(`round:${roundId}`);
    expect(commit?.actor).toBe('admin-ada');
    expect(commit?.events.map((event) => event.envelope.type)).toEqual(['SubsidyRoundOpened']);
    expect(commit?.events[0]?.envelope.subject).toBe(roundId);
  });

  it('answers 400 naming every invalid field', async () => {
    const response = await admin.post('/subsidy-rounds').send(
      roundBody({
        schoolYear: '2025-2027',
        opensAt: '2025-03-01T09:00:00',
        budgetCents: 0,
        maxGrants: 1.5,
        activityAmounts: [{ activity: 'knutselen', maxAmountCents: 100 }],
      }),
    );

    expect(response.status).toBe(400);
    const fields = (response.body as Problem).errors?.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'schoolYear',
        'opensAt',
        'budgetCents',
        'maxGrants',
        'activityAmounts.0.activity',
      ]),
    );
  });

  it('refuses a round that closes before it opens or names an activity twice with 422', async () => {
    const backwards = await admin
      .post('/subsidy-rounds')
      .send(roundBody({ opensAt: '2025-04-01T00:00:00Z', closesAt: '2025-03-01T00:00:00Z' }));
    const twice = await admin.post('/subsidy-rounds').send(
      roundBody({
        activityAmounts: [
          { activity: 'groeikracht', maxAmountCents: 4_000_000 },
          { activity: 'groeikracht', maxAmountCents: 3_000_000 },
        ],
      }),
    );

    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ code: 'ROUND.INVALID_PERIOD' });
    expect(twice.status).toBe(422);
    expect(twice.body).toMatchObject({ code: 'ROUND.INVALID_ACTIVITY_AMOUNTS' });
  });

  it('lets only an administrator open a round', async () => {
    await anonymous(service.app).post('/subsidy-rounds').send(roundBody()).expect(401);
    const desk = await service.as('helpdesk');
    const officer = await service.as('subsidy-officer');

    await desk.post('/subsidy-rounds').send(roundBody()).expect(403);
    await officer.post('/subsidy-rounds').send(roundBody()).expect(403);
  });

  it('shows what undecided applications ask of the budget, and leaves out the decided', async () => {
    const roundId = await openRound(service, { budgetCents: 5_000_000 });
    const desk = await service.as('helpdesk');
    const officer = await service.as('subsidy-officer');
    const [first, second] = await Promise.all([prepareSchool(service), prepareSchool(service)]);
    await desk
      .post('/subsidy-applications')
      .send(applicationBody(first, roundId, { requestedAmountCents: 3_000_000 }))
      .expect(201);
    const rejected = await desk
      .post('/subsidy-applications')
      .send(applicationBody(second, roundId, { requestedAmountCents: 2_500_000 }))
      .expect(201);
    const before = await officer.get(`/subsidy-rounds/${roundId}`).expect(200);
    await officer
      .post(`/subsidy-applications/${(rejected.body as { applicationId: string }).applicationId}/rejection`)
      .send({ reasonCode: 'other', reasonText: 'Nee.' })
      .expect(200);

    const after = await desk.get(`/subsidy-rounds/${roundId}`).expect(200);

    expect(before.body).toMatchObject({
      undecidedApplications: 2,
      budget: { reservedCents: 5_500_000, remainingCents: 5_000_000, remainingAfterReservedCents: -500_000 },
    });
    expect(after.body).toMatchObject({
      roundId,
      undecidedApplications: 1,
      budget: { reservedCents: 3_000_000, remainingCents: 5_000_000, remainingAfterReservedCents: 2_000_000 },
    });
  });

  it('answers 404 ROUND.NOT_FOUND for a round that does not exist and 400 for a malformed id', async () => {
    const officer = await service.as('subsidy-officer');

    const response = await officer.get(`/subsidy-rounds/${randomUUID()}`);

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'ROUND.NOT_FOUND' });
    await officer.get('/subsidy-rounds/round-1').expect(400);
  });

  it('lists the rounds of a school year, the latest to open first, a page at a time', async () => {
    const now = Date.now();
    const earlier = await openRound(service, {
      schoolYear: '2031-2032',
      opensAt: new Date(now - 10 * DAY_MS).toISOString(),
      closesAt: new Date(now - 5 * DAY_MS).toISOString(),
    });
    const later = await openRound(service, {
      schoolYear: '2031-2032',
      opensAt: new Date(now + 5 * DAY_MS).toISOString(),
      closesAt: new Date(now + 10 * DAY_MS).toISOString(),
    });
    await openRound(service, { schoolYear: '2032-2033' });
    const desk = await service.as('helpdesk');

    const first = await desk.get('/subsidy-rounds?schoolYear=2031-2032&pageSize=1').expect(200);
    const second = await desk.get('/subsidy-rounds?schoolYear=2031-2032&pageSize=1&page=2').expect(200);

    expect(first.body).toMatchObject({ total: 2, items: [{ roundId: later, phase: 'upcoming' }] });
    expect(second.body).toMatchObject({ total: 2, items: [{ roundId: earlier, phase: 'closed' }] });
    await desk.get('/subsidy-rounds?schoolYear=2031').expect(400);
    await (await service.as('pillar-team:enrolment')).get('/subsidy-rounds').expect(403);
  });
});
