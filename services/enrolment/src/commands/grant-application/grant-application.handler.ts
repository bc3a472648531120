import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { DomainError } from '../../domain/domain.errors';
import { enrolFromGrant, type ParticipationState } from '../../domain/participation.entity';
import type { SchoolState } from '../../domain/school.entity';
import {
  applicationStepOf,
  grantApplication,
  grantedAmountOf,
  isUndecided,
  type SubsidyApplicationState,
} from '../../domain/subsidy-application.entity';
import { ApplicationError } from '../../domain/subsidy-application.errors';
import type { SubsidyRoundState } from '../../domain/subsidy-round.entity';
import { changeOf } from '../change-of';
import { participationIdFor, streams } from '../../infrastructure/enrolment.aggregates';
import { RoundReservations } from '../../infrastructure/round-reservations';

export interface GrantApplication {
  readonly applicationId: string;
  readonly decidedOn: CalendarDay;
  /** Less than asked; the amount asked when left out. */
  readonly grantedAmountCents?: number;
  readonly actor: string;
  /** Set by a bulk import: the row's key, on the commit that records the decision. */
  readonly causationKey?: string;
}

export interface GrantOutcome {
  readonly application: Stored<SubsidyApplicationState>;
  readonly participation: Stored<ParticipationState>;
  readonly round: Stored<SubsidyRoundState>;
}

/**
 * Grants an application in three commits on three streams: the round reserves the amount (the one place
 * where budget and maximum number of grants are guarded), the application records the decision
 * (SubsidyGranted), and the school is enrolled (SchoolEnrolled). Each step first looks whether it was done
 * already, so a retry after a crash at any point completes the grant without reserving, granting or
 * enrolling twice.
 */
@Injectable()
export class GrantApplicationHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly reservations: RoundReservations,
  ) {}

  async execute(command: GrantApplication): Promise<GrantOutcome> {
    const { applicationId, actor } = command;
    const found = await this.store.require<SubsidyApplicationState>(streams.application(applicationId));
    const granted =
      found.state.status === 'granted'
        ? await this.alreadyGranted(found, command.grantedAmountCents)
        : await this.reserveAndGrant(found.state, command);
    const participation = await this.enrol(granted.application.state, actor);
    return { ...granted, participation };
  }

  /** Reserves the amount on the round, then records the decision on the application. */
  private async reserveAndGrant(
    application: SubsidyApplicationState,
    { decidedOn, grantedAmountCents, actor, causationKey }: GrantApplication,
  ): Promise<Omit<GrantOutcome, 'participation'>> {
    const { applicationId } = application;
    // The application's own rules (its state, the day, the amount) are checked before the round is touched,
    // so a grant the application refuses never holds budget, not even for a moment.
    let amountCents: number;
    try {
      grantApplication(application, { decidedOn, grantedAmountCents });
      amountCents = grantedAmountOf(application, grantedAmountCents);
    } catch (error) {
      // A rejected or withdrawn application can never be granted: a reservation left behind by a grant that
      // crashed before recording its decision is given back here.
      if (!isUndecided(application)) await this.reservations.releaseUnlessGranted(application, actor);
      throw error;
    }
    const round = await this.reservations.reserve(application, amountCents, actor);
    // The grant may use the reservation only while the application is at the step it was made for; a move in
    // between (information asked, withdrawn) refuses the grant below, and the release gives it back.
    const reservedAt = round.state.grants.find(
      (grant) => grant.applicationId === applicationId,
    )?.applicationStep;
    try {
      const marked = await this.store.change<SubsidyApplicationState>(
        streams.application(applicationId),
        changeOf('grant-application', actor, causationKey),
        (current) => {
          if (current?.status === 'granted') return undefined;
          if (current && reservedAt !== undefined && applicationStepOf(current) !== reservedAt) {
            throw new ApplicationError(
              'APPLICATION.INVALID_TRANSITION',
              `The application moved to ${current.status} while it was being granted; grant it again`,
              { from: current.status, to: 'granted' },
            );
          }
          return grantApplication(current, { decidedOn, grantedAmountCents: amountCents });
        },
      );
      return { application: marked, round };
    } catch (error) {
      // Changed meanwhile (withdrawn, information requested): the budget it held goes back to the round.
      if (error instanceof DomainError) await this.reservations.releaseUnlessGranted(application, actor);
      throw error;
    }
  }

  /** The granted application enrols the school, with the equal-access flags it has today. */
  private async enrol(
    application: SubsidyApplicationState,
    actor: string,
  ): Promise<Stored<ParticipationState>> {
    const participationId = participationIdFor(application.applicationId);
    return this.store.change<ParticipationState>(
      streams.participation(participationId),
      { command: 'enrol-from-grant', actor },
      async (current) => {
        if (current) return undefined;
        const school = await this.store.requireReference<SchoolState>(streams.school(application.brin));
        return enrolFromGrant(undefined, {
          participationId,
          application,
          school: school.state,
          // The school takes part from the day of the decision, also when a retry enrols it days later.
          enrolledOn: application.decidedOn ?? application.submittedOn,
        });
      },
    );
  }

  /**
   * A repeated grant (a retry after a lost answer or a crash after the decision) answers the grant as it
   * stands and only finishes what is left; asking another amount than was granted is refused.
   */
  private async alreadyGranted(
    application: Stored<SubsidyApplicationState>,
    grantedAmountCents: number | undefined,
  ): Promise<Omit<GrantOutcome, 'participation'>> {
    const { state } = application;
    if (grantedAmountCents !== undefined && grantedAmountCents !== state.grantedAmountCents) {
      throw new ApplicationError(
        'APPLICATION.INVALID_TRANSITION',
        `The application was already granted ${String(state.grantedAmountCents)} cents`,
        { from: state.status, to: 'granted', grantedAmountCents: state.grantedAmountCents },
      );
    }
    return { application, round: await this.store.require<SubsidyRoundState>(streams.round(state.roundId)) };
  }
}
