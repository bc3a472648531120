import { Injectable } from '@nestjs/common';
import {
  dayOf,
  isLabActivity,
  LAB_OF_ACTIVITY,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  type SchoolEnrolledV1Data,
  type SchoolEnrolledV2Data,
} from '@okr/contracts';
import { AggregateStore, HandlesEvent, type ConsumedEvent } from '@okr/messaging';
import { followEnrolment, type RosterState } from '../domain/roster.entity';
import { labIdOf, streams } from '../infrastructure/labs.aggregates';

/**
 * The help desk enrolled a school in a lab activity (TaalLab or LerarenLab, co-creating or participating):
 * the lab's roster follows, without the lab team typing it again. Enrolments in other activities are not the
 * labs' business. The effect is one change of the roster keyed by the event, so a redelivery changes nothing.
 */
@Injectable()
export class SchoolEnrolledConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolEnrolledV2)
  async onV2(event: ConsumedEvent<SchoolEnrolledV2Data>): Promise<void> {
    await this.follow(event, event.data.enrolledOn);
  }

  // v1 carries no day: the day it was recorded is the best that is known about it (ADR 0007).
  @HandlesEvent(SchoolEnrolledV1)
  async onV1(event: ConsumedEvent<SchoolEnrolledV1Data>): Promise<void> {
    await this.follow(event, dayOf(event.envelope.occurredAt));
  }

  private async follow(
    event: ConsumedEvent<SchoolEnrolledV1Data | SchoolEnrolledV2Data>,
    joinedOn: string,
  ): Promise<void> {
    const { activity, brin, sector, schoolYear, participationId } = event.data;
    if (!isLabActivity(activity)) return;
    const { labCode, role } = LAB_OF_ACTIVITY[activity];
    const labId = labIdOf(labCode);
    const stream = streams.roster(labId);
    await this.store.change<RosterState>(
      stream,
      { command: 'follow-enrolment', actor: 'enrolment', causationKey: event.idempotencyKey(stream) },
      (current) =>
        followEnrolment(current, {
          labId,
          brin,
          schoolYear,
          role,
          sector,
          joinedOn,
          ...(participationId !== undefined ? { participationId } : {}),
        }),
    );
  }
}
