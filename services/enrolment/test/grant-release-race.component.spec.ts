import { AggregateStore } from '@okr/messaging';
import { dayOf } from '../src/domain/calendar-day.value-object';
import {
  requestInformation,
  resubmitApplication,
  reservingApplicationOf,
  type SubsidyApplicationState,
} from '../src/domain/subsidy-application.entity';
import { reserveGrant, type SubsidyRoundState } from '../src/domain/subsidy-round.entity';
import { streams } from '../src/infrastructure/enrolment.aggregates';
import { RoundReservations } from '../src/infrastructure/round-reservations';
import { type EnrolmentApp, freshBrin, startEnrolment } from './enrolment-app';
import { applicationReadyToGrant, DEFAULT_REQUESTED_CENTS, openRound } from './grant-setup';

// FerretDB applies no concurrent update atomically (ADR 0002): the reservation a grant uses and the release of
// a stale one are kept apart by unique keys only, and this runs them against each other on the real server.
describe('releasing a stale reservation while the application is granted again', () => {
  const ROUNDS = 16;
  let service: EnrolmentApp;
  let store: AggregateStore;
  let reservations: RoundReservations;

  beforeAll(async () => {
    service = await startEnrolment();
    store = service.app.get(AggregateStore);
    reservations = service.app.get(RoundReservations);
  });

  afterAll(async () => {
    await service.close();
  });

  const actor = { command: 'test', actor: 'race-test' };

  /**
   * An application whose round still holds the amount reserved when it was submitted (a grant stopped between
   * reserving and deciding), since asked for more information and resubmitted: the reservation is stale.
   */
  async function resubmittedWithStaleReservation(): Promise<SubsidyApplicationState> {
    const round = await openRound(store, { budgetCents: 10 * DEFAULT_REQUESTED_CENTS, maxGrants: 10 });
    const { applicationId } = await applicationReadyToGrant(store, freshBrin(), round);
    const stream = streams.application(applicationId);
    const submitted = await store.require<SubsidyApplicationState>(stream);
    await store.change<SubsidyRoundState>(streams.round(round.roundId), actor, (current) =>
      reserveGrant(current, reservingApplicationOf(submitted.state), DEFAULT_REQUESTED_CENTS),
    );
    const today = dayOf(new Date());
    await store.change<SubsidyApplicationState>(stream, actor, (current) =>
      requestInformation(current, { requestedOn: today, question: 'De begroting graag' }),
    );
    return (
      await store.change<SubsidyApplicationState>(stream, actor, (current) =>
        resubmitApplication(current, { resubmittedOn: today }),
      )
    ).state;
  }

  it('never leaves a granted application without its reservation, nor a reservation twice', async () => {
    const officer = await service.as('subsidy-officer', 'officer-race');
    const outcomes: { status: string; reservedCents: number[] }[] = [];

    for (let attempt = 0; attempt < ROUNDS; attempt += 1) {
      const application = await resubmittedWithStaleReservation();
      const { applicationId, roundId } = application;
      const grant = () => officer.post(`/subsidy-applications/${applicationId}/grant`).send({});
      const release = () => reservations.releaseUnlessGranted(application, 'race-test');
      const answers = await Promise.all([release(), grant(), release(), grant(), release()]);

      const grantStatuses = answers.flatMap((answer) =>
        answer && 'status' in answer ? [answer.status] : [],
      );
      expect(grantStatuses).toEqual([200, 200]);
      const stored = await store.require<SubsidyApplicationState>(streams.application(applicationId));
      const round = await store.require<SubsidyRoundState>(streams.round(roundId));
      outcomes.push({
        status: stored.state.status,
        reservedCents: round.state.grants
          .filter((held) => held.applicationId === applicationId)
          .map(({ amountCents }) => amountCents),
      });
      expect(round.state.grantedCents).toBe(
        round.state.grants.reduce((sum, held) => sum + held.amountCents, 0),
      );
    }

    expect(outcomes).toEqual(
      Array.from({ length: ROUNDS }, () => ({
        status: 'granted',
        reservedCents: [DEFAULT_REQUESTED_CENTS],
      })),
    );
  });

  it('gives a stale reservation back when the application is not granted again', async () => {
    const application = await resubmittedWithStaleReservation();

    await Promise.all([
      reservations.releaseUnlessGranted(application, 'race-test'),
      reservations.releaseUnlessGranted(application, 'race-test'),
    ]);

    const round = await store.require<SubsidyRoundState>(streams.round(application.roundId));
    expect(round.state.grants).toEqual([]);
    expect(round.state.grantedCents).toBe(0);
  });
});
