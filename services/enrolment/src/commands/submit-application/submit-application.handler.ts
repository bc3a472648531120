import { Injectable } from '@nestjs/common';
import type { Activity } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { isLive } from '../../domain/eligibility.rules';
import { submitApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { ApplicationError } from '../../domain/subsidy-application.errors';
import { EligibilityContextLoader } from '../../infrastructure/eligibility-context.loader';
import { changeOf } from '../change-of';
import { applicationIdFor, streams } from '../../infrastructure/enrolment.aggregates';

export interface SubmitApplication {
  readonly brin: string;
  readonly activity: Activity;
  readonly roundId: string;
  readonly requestedAmountCents: number;
  readonly motivation: string;
  readonly submittedAt: Date;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the application is filed once. */
  readonly causationKey?: string;
}

/** The place is held by an application that was rejected or withdrawn: the next place is free to try. */
class PlaceClosed extends Error {}

@Injectable()
export class SubmitApplicationHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly eligibility: EligibilityContextLoader,
  ) {}

  /**
   * Files the application in the first free place of the school, activity and round (applicationIdFor). The
   * place is claimed by committing version 1 of its stream, and the check for a live application runs inside
   * the decision: of two desks filing at once one commits, the other decides again, now sees that
   * application and is refused as a duplicate.
   */
  async execute({
    actor,
    causationKey,
    ...command
  }: SubmitApplication): Promise<Stored<SubsidyApplicationState>> {
    const { brin, activity, roundId } = command;
    const context = await this.eligibility.load(brin, activity, roundId, command.submittedAt);
    for (let place = 0; ; place += 1) {
      const applicationId = applicationIdFor(brin, activity, roundId, place);
      try {
        return await this.store.change<SubsidyApplicationState>(
          streams.application(applicationId),
          {
            ...changeOf('submit-application', actor, causationKey),
            // Place n is almost always free; a taken one refuses the insert and is decided again.
            expectNew: true,
          },
          (current) => {
            if (!current) {
              return submitApplication(
                undefined,
                {
                  applicationId,
                  activity,
                  requestedAmountCents: command.requestedAmountCents,
                  submittedAt: command.submittedAt,
                  motivation: command.motivation,
                },
                context,
              );
            }
            if (isLive(current)) {
              throw new ApplicationError(
                'APPLICATION.DUPLICATE',
                `The school already has an application for ${activity} in this round`,
                { applicationId: current.applicationId, status: current.status },
              );
            }
            throw new PlaceClosed();
          },
        );
      } catch (error) {
        if (!(error instanceof PlaceClosed)) throw error;
      }
    }
  }
}
