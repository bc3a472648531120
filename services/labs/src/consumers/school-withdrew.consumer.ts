import { Injectable } from '@nestjs/common';
import { isLabActivity, LAB_OF_ACTIVITY, SchoolWithdrewV1, type SchoolWithdrewV1Data } from '@okr/contracts';
import { AggregateStore, HandlesEvent, type ConsumedEvent } from '@okr/messaging';
import { followWithdrawal, type RosterState } from '../domain/roster.entity';
import { labIdOf, streams } from '../infrastructure/labs.aggregates';

/**
 * The help desk recorded a school's withdrawal from a lab activity: its place on the lab's roster for that
 * school year ends. One change of the roster keyed by the event, so a redelivery changes nothing.
 */
@Injectable()
export class SchoolWithdrewConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolWithdrewV1)
  async onV1(event: ConsumedEvent<SchoolWithdrewV1Data>): Promise<void> {
    const { activity, brin, schoolYear, withdrawnOn } = event.data;
    if (!isLabActivity(activity)) return;
    const { labCode, role } = LAB_OF_ACTIVITY[activity];
    const stream = streams.roster(labIdOf(labCode));
    // Nothing to end (no roster yet, or the school is not on it) is no change: store.change then answers the
    // roster as it stands, which needs a roster; so only change one that exists.
    const roster = await this.store.load<RosterState>(stream);
    if (roster === undefined) return;
    await this.store.change<RosterState>(
      stream,
      { command: 'follow-withdrawal', actor: 'enrolment', causationKey: event.idempotencyKey(stream) },
      (current) => followWithdrawal(current, { brin, schoolYear, role, withdrawnOn }),
    );
  }
}
