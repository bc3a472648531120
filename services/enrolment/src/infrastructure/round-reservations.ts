import { Injectable } from '@nestjs/common';
import { AggregateStore } from '@okr/messaging';
import type { SubsidyApplicationState } from '../domain/subsidy-application.entity';
import { releaseGrant, type SubsidyRoundState } from '../domain/subsidy-round.entity';
import { streams } from './enrolment.aggregates';

/** Many officers grant in one round at once: a round's stream must let every one of them through in turn. */
export const ROUND_ATTEMPTS = 100;

/** The budget a round holds for an application, given back when the application will never be granted. */
@Injectable()
export class RoundReservations {
  constructor(private readonly store: AggregateStore) {}

  /**
   * Gives back the application's reservation (left by a grant that stopped between reserving and deciding),
   * unless the application is granted by now: read fresh inside the round's decision, so a grant that
   * succeeded meanwhile keeps the budget it holds. Nothing to do when the round holds nothing for it.
   */
  async releaseUnlessGranted(application: SubsidyApplicationState, actor: string): Promise<void> {
    const { applicationId } = application;
    await this.store.change<SubsidyRoundState>(
      streams.round(application.roundId),
      { command: 'release-grant', actor, maxAttempts: ROUND_ATTEMPTS },
      async (current) => {
        if (!current?.grants.some((grant) => grant.applicationId === applicationId)) return undefined;
        const fresh = await this.store.load<SubsidyApplicationState>(streams.application(applicationId));
        return fresh?.state.status === 'granted' ? undefined : releaseGrant(current, applicationId);
      },
    );
  }
}
