import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import { reservingApplicationOf, type SubsidyApplicationState } from '../domain/subsidy-application.entity';
import {
  releaseStaleGrant,
  reserveGrant,
  type ReservingApplication,
  type SubsidyRoundState,
} from '../domain/subsidy-round.entity';
import { streams } from './enrolment.aggregates';

/** Many officers grant in one round at once: a round's stream must let every one of them through in turn. */
export const ROUND_ATTEMPTS = 100;

/** The budget a round holds for an application, given back when the application will never be granted. */
@Injectable()
export class RoundReservations {
  constructor(private readonly store: AggregateStore) {}

  /**
   * Reserves the amount for the application at the step it is at now, read fresh inside the round's decision
   * (reserveGrant): a stale reservation of an earlier step is replaced, never reused.
   */
  async reserve(
    application: SubsidyApplicationState,
    amountCents: number,
    actor: string,
  ): Promise<Stored<SubsidyRoundState>> {
    return this.store.change<SubsidyRoundState>(
      streams.round(application.roundId),
      { command: 'reserve-grant', actor, maxAttempts: ROUND_ATTEMPTS },
      async (current) => reserveGrant(current, await this.fresh(application), amountCents),
    );
  }

  /**
   * Gives back the application's reservation (left by a grant that stopped between reserving and deciding)
   * once no grant can use it: the application, read fresh inside the round's decision, is not granted and has
   * moved past the step it was reserved at (releaseStaleGrant). Nothing to do when the round holds nothing
   * for it.
   */
  async releaseUnlessGranted(application: SubsidyApplicationState, actor: string): Promise<void> {
    const { applicationId } = application;
    await this.store.change<SubsidyRoundState>(
      streams.round(application.roundId),
      { command: 'release-grant', actor, maxAttempts: ROUND_ATTEMPTS },
      async (current) => {
        if (!current?.grants.some((grant) => grant.applicationId === applicationId)) return undefined;
        return releaseStaleGrant(current, await this.fresh(application));
      },
    );
  }

  private async fresh(application: SubsidyApplicationState): Promise<ReservingApplication> {
    const stored = await this.store.require<SubsidyApplicationState>(
      streams.application(application.applicationId),
    );
    return reservingApplicationOf(stored.state);
  }
}
