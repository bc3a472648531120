import { CommitStore } from '@okr/messaging';
import { randomUUID } from 'node:crypto';
import { dayOf } from '../src/domain/calendar-day.value-object';
import type { ParticipationState } from '../src/domain/participation.entity';
import {
  grantApplication,
  withdrawApplication,
  type SubsidyApplicationState,
} from '../src/domain/subsidy-application.entity';
import { decideGrant, type SubsidyRoundState } from '../src/domain/subsidy-round.entity';
import { type Change, AggregateStore } from '@okr/messaging';
import { AGGREGATE_TYPES, streams } from '../src/infrastructure/enrolment.aggregates';
import { anonymous, type EnrolmentApp, freshBrin, startEnrolment } from './enrolment-app';
import {
  applicationReadyToGrant,
  DEFAULT_REQUESTED_CENTS,
  openRound,
  type SubmittedApplication,
} from './grant-setup';

interface GrantBody {
  applicationId: string;
  status: string;
  grantedAmountCents: number;
  decidedOn: string;
  participationId: string;
  round: { roundId: string; remainingCents: number; grantedCount: number; grantsLeft: number };
}

describe('granting a subsidy application', () => {
  let service: EnrolmentApp;
  let store: AggregateStore;
  let commits: CommitStore;

  beforeAll(async () => {
    service = await startEnrolment();
    store = service.app.get(AggregateStore);
    commits = service.app.get(CommitStore);
  });

  afterAll(async () => {
    await service.close();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** One school with a submitted application in a round of its own with room for `grants` full grants. */
  async function oneApplication(grants = 3): Promise<SubmittedApplication> {
    const round = await openRound(store, {
      budgetCents: grants * DEFAULT_REQUESTED_CENTS,
      maxGrants: grants,
    });
    return applicationReadyToGrant(store, freshBrin(), round);
  }

  const eventTypesOf = async (stream: string): Promise<string[]> =>
    (await commits.history(stream)).flatMap((commit) => commit.events.map((event) => event.envelope.type));

  it('grants the application, reserves its amount in the round and enrols the school with its equal-access flags', async () => {
    const officer = await service.as('subsidy-officer', 'officer-bram');
    const application = await oneApplication();

    const response = await officer
      .post(`/subsidy-applications/${application.applicationId}/grant`)
      .send({ grantedAmountCents: 2_000_000 });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      applicationId: application.applicationId,
      status: 'granted',
      grantedAmountCents: 2_000_000,
      decidedOn: dayOf(new Date()),
      participationId: application.participationId,
      round: {
        roundId: application.roundId,
        remainingCents: 3 * DEFAULT_REQUESTED_CENTS - 2_000_000,
        grantedCount: 1,
        grantsLeft: 2,
      },
    });
    const granted = await commits.latest<SubsidyApplicationState>(
      streams.application(application.applicationId),
    );
    expect(granted?.state).toMatchObject({ status: 'granted', grantedAmountCents: 2_000_000 });
    expect(granted?.actor).toBe('officer-bram');
    expect(granted?.events.map((event) => event.envelope.type)).toEqual(['SubsidyGranted']);
    const enrolled = await commits.latest<ParticipationState>(
      streams.participation(application.participationId),
    );
    expect(enrolled?.state).toMatchObject({
      status: 'enrolled',
      brin: application.brin,
      activity: 'groeikracht',
      equalAccess: { weakPerforming: true, smallRegional: true, specialTargetGroups: false },
    });
    expect(enrolled?.events.map((event) => event.envelope)).toEqual([
      expect.objectContaining({
        type: 'SchoolEnrolled',
        subject: application.brin,
        data: expect.objectContaining({
          participationId: application.participationId,
          applicationId: application.applicationId,
          equalAccess: {
            weakPerforming: true,
            specialTargetGroups: false,
            specialisedEducation: false,
            smallRegional: true,
          },
        }) as unknown,
      }),
    ]);
    const round = await commits.latest<SubsidyRoundState>(streams.round(application.roundId));
    expect(round?.state.grants).toEqual([
      { applicationId: application.applicationId, amountCents: 2_000_000, applicationStep: 'submitted/0' },
    ]);
  });

  it('answers 401 without a token, 403 for the help desk, 404 for an unknown application and 400 for a bad id', async () => {
    const application = await oneApplication();
    const path = `/subsidy-applications/${application.applicationId}/grant`;
    await anonymous(service.app).post(path).send({}).expect(401);
    const desk = await service.as(['helpdesk', 'pillar-team:enrolment']);
    await desk.post(path).send({}).expect(403);
    const officer = await service.as('subsidy-officer');

    const unknown = await officer.post(`/subsidy-applications/${randomUUID()}/grant`).send({});

    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'APPLICATION.NOT_FOUND' });
    await officer.post('/subsidy-applications/not-a-uuid/grant').send({}).expect(400);
    await officer.post(path).send({ grantedAmountCents: 0, decidedOn: '2025-02-30' }).expect(400);
    expect(
      (await eventTypesOf(streams.application(application.applicationId))).includes('SubsidyGranted'),
    ).toBe(false);
  });

  it('answers a repeated grant with the grant as it stands, reserving and publishing nothing twice', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    const path = `/subsidy-applications/${application.applicationId}/grant`;
    const first = await officer.post(path).send({}).expect(200);

    const second = await officer.post(path).send({});

    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await eventTypesOf(streams.application(application.applicationId))).toEqual([
      'SubsidyApplicationSubmitted',
      'SubsidyGranted',
    ]);
    expect(await eventTypesOf(streams.participation(application.participationId))).toEqual([
      'SchoolEnrolled',
    ]);
    const round = await commits.latest<SubsidyRoundState>(streams.round(application.roundId));
    expect(round?.state.grants).toHaveLength(1);
  });

  it('refuses with 409 to grant a granted application another amount', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    const path = `/subsidy-applications/${application.applicationId}/grant`;
    await officer.post(path).send({}).expect(200);

    const response = await officer.post(path).send({ grantedAmountCents: 1_000_000 });

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'APPLICATION.INVALID_TRANSITION' });
  });

  it('refuses with 409 to grant a withdrawn application, holding no budget for it', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    await withdraw(application);

    const response = await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({});

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'APPLICATION.INVALID_TRANSITION' });
    const round = await commits.latest<SubsidyRoundState>(streams.round(application.roundId));
    expect(round?.state.grants).toEqual([]);
    expect(await commits.latest(streams.participation(application.participationId))).toBeUndefined();
  });

  it('gives back the reservation of a grant that stopped halfway when the application turns out withdrawn', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    await reserve(application);
    await withdraw(application);

    const response = await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({});

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'APPLICATION.INVALID_TRANSITION' });
    const round = await commits.latest<SubsidyRoundState>(streams.round(application.roundId));
    expect(round?.state).toMatchObject({ grants: [], grantedCents: 0, grantedCount: 0 });
  });

  it('gives back the reservation of a grant that stopped halfway when an officer rejects the application', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    await reserve(application);

    const response = await officer
      .post(`/subsidy-applications/${application.applicationId}/rejection`)
      .send({ reasonCode: 'budget-exhausted', reasonText: 'Het budget is op.' });

    expect(response.status).toBe(200);
    const round = await commits.latest<SubsidyRoundState>(streams.round(application.roundId));
    expect(round?.state).toMatchObject({ grants: [], grantedCents: 0, grantedCount: 0 });
  });

  it('gives back the reservation of a grant that stopped halfway when the desk withdraws the application', async () => {
    const desk = await service.as('helpdesk');
    const application = await oneApplication();
    await reserve(application);

    const response = await desk
      .post(`/subsidy-applications/${application.applicationId}/withdrawal`)
      .send({});

    expect(response.status).toBe(200);
    const round = await commits.latest<SubsidyRoundState>(streams.round(application.roundId));
    expect(round?.state).toMatchObject({ grants: [], grantedCents: 0, grantedCount: 0 });
  });

  it('refuses with 422 an amount above the amount asked, before touching the round', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();

    const response = await officer
      .post(`/subsidy-applications/${application.applicationId}/grant`)
      .send({ grantedAmountCents: DEFAULT_REQUESTED_CENTS + 1 });

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'APPLICATION.INVALID_GRANT_AMOUNT' });
    expect((await commits.latest(streams.round(application.roundId)))?.version).toBe(1);
  });

  it('gives the reservation back when the application is withdrawn between the reservation and the decision', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    // The school withdraws at the worst moment: right after the round reserved the amount.
    const change = store.change.bind(store);
    jest.spyOn(store, 'change').mockImplementation(async (stream, what: Change, decide) => {
      if (what.command === 'grant-application') await withdraw(application);
      return change(stream, what, decide);
    });

    const response = await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({});

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'APPLICATION.INVALID_TRANSITION' });
    const history = await commits.history<SubsidyRoundState>(streams.round(application.roundId));
    expect(history.map((commit) => [commit.command, commit.state.grants.length])).toEqual([
      ['open-subsidy-round', 0],
      ['reserve-grant', 1],
      ['release-grant', 0],
    ]);
  });

  it('completes a grant that stopped after the reservation, without reserving twice', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    await reserve(application);

    const response = await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({});

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'granted', round: { grantedCount: 1 } });
    const history = await commits.history(streams.round(application.roundId));
    expect(history.map((commit) => commit.command)).toEqual(['open-subsidy-round', 'reserve-grant']);
    expect(await eventTypesOf(streams.participation(application.participationId))).toEqual([
      'SchoolEnrolled',
    ]);
  });

  it('completes a grant that stopped after the decision by enrolling the school on the day of the decision', async () => {
    const officer = await service.as('subsidy-officer');
    const application = await oneApplication();
    await reserve(application);
    await store.change<SubsidyApplicationState>(
      streams.application(application.applicationId),
      { command: 'grant-application', actor: 'crashed' },
      (current) => grantApplication(current, { decidedOn: dayOf(new Date()) }),
    );

    const response = await officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({});

    expect(response.status).toBe(200);
    const participation = await commits.latest<ParticipationState>(
      streams.participation(application.participationId),
    );
    expect(participation?.state.enrolledOn).toBe((response.body as GrantBody).decidedOn);
    expect(await eventTypesOf(streams.application(application.applicationId))).toEqual([
      'SubsidyApplicationSubmitted',
      'SubsidyGranted',
    ]);
  });

  it.each([
    {
      limit: 'budget',
      round: { budgetCents: 10 * DEFAULT_REQUESTED_CENTS, maxGrants: 60 },
      code: 'ROUND.BUDGET_EXHAUSTED',
    },
    {
      limit: 'maximum number of grants',
      round: { budgetCents: 60 * DEFAULT_REQUESTED_CENTS, maxGrants: 10 },
      code: 'ROUND.MAX_GRANTS_REACHED',
    },
  ])(
    'grants exactly 10 of 50 applications granted at once when the $limit covers 10, refusing 40 with $code',
    async ({ round: limits, code }) => {
      const round = await openRound(store, limits);
      const applications = await Promise.all(
        Array.from({ length: 50 }, () => applicationReadyToGrant(store, freshBrin(), round)),
      );
      const officer = await service.as('subsidy-officer');

      const responses = await Promise.all(
        applications.map((application) =>
          officer.post(`/subsidy-applications/${application.applicationId}/grant`).send({}),
        ),
      );

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(10);
      const refused = responses.filter((response) => response.status === 409);
      expect(refused).toHaveLength(40);
      expect(refused.map((response) => (response.body as { code: string }).code)).toEqual(
        Array.from({ length: 40 }, () => code),
      );
      const stored = await commits.latest<SubsidyRoundState>(streams.round(round.roundId));
      expect(stored?.state.grants).toHaveLength(10);
      expect(stored?.state.grantedCount).toBe(10);
      expect(stored?.state.grantedCents).toBe(10 * DEFAULT_REQUESTED_CENTS);
      expect(stored?.state.grants.reduce((sum, grant) => sum + grant.amountCents, 0)).toBe(
        10 * DEFAULT_REQUESTED_CENTS,
      );
      const granted = new Set(
        responses
          .filter((response) => response.status === 200)
          .map((response) => (response.body as GrantBody).applicationId),
      );
      expect(new Set(stored?.state.grants.map((grant) => grant.applicationId))).toEqual(granted);
      // The refused applications are left undecided, and only the granted ones enrolled a school.
      const participations = await store.list<ParticipationState>(AGGREGATE_TYPES.participation);
      const enrolled = participations.filter(({ state }) => state.roundId === round.roundId);
      expect(new Set(enrolled.map(({ state }) => state.applicationId))).toEqual(granted);
      const left = await Promise.all(
        applications
          .filter((application) => !granted.has(application.applicationId))
          .map((application) =>
            store.load<SubsidyApplicationState>(streams.application(application.applicationId)),
          ),
      );
      expect(new Set(left.map((application) => application?.state.status))).toEqual(new Set(['submitted']));
    },
    120_000,
  );

  async function withdraw(application: SubmittedApplication): Promise<void> {
    await store.change<SubsidyApplicationState>(
      streams.application(application.applicationId),
      { command: 'withdraw-application', actor: 'school' },
      (current) => withdrawApplication(current, { withdrawnOn: dayOf(new Date()) }),
    );
  }

  async function reserve(application: SubmittedApplication): Promise<void> {
    await store.change<SubsidyRoundState>(
      streams.round(application.roundId),
      { command: 'reserve-grant', actor: 'crashed' },
      (current) => decideGrant(current, application.applicationId, application.requestedAmountCents),
    );
  }
});
