import { Injectable } from '@nestjs/common';
import { SchoolWithdrewV1, type SchoolWithdrewV1Data } from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { noteWithdrawal, type ParticipatingSchoolState } from '../domain/participating-school.entity';
import { streams } from '../infrastructure/knowledge.aggregates';

/** A school that withdrew from its only enrolment no longer takes part: its next questions get no priority. */
@Injectable()
export class SchoolWithdrewConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolWithdrewV1)
  async onV1(event: ConsumedEvent<SchoolWithdrewV1Data>): Promise<void> {
    const { brin, activity, schoolYear, withdrawnOn } = event.data;
    const stream = streams.participatingSchool(brin);
    await this.store.change<ParticipatingSchoolState>(
      stream,
      {
        command: 'note-withdrawal',
        actor: event.envelope.source,
        causationKey: event.idempotencyKey(stream),
      },
      (current) => noteWithdrawal(current, { brin, activity, schoolYear, withdrawnOn }),
    );
  }
}
