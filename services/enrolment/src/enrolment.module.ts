import { Module } from '@nestjs/common';
import { TOPICS } from '@okr/contracts';
import { MessagingModule } from '@okr/messaging';
import { EnrolmentStore } from './infrastructure/enrolment.store';
import { schoolSlices } from './slices/schools.slices';
import type { Slices } from './slices/slices';

const AREAS: readonly Slices[] = [schoolSlices];

/** The help desk: every use case, the store they share, and the outbox relay that publishes their events. */
@Module({
  imports: [MessagingModule.forRoot({ publishes: [TOPICS.enrolment] })],
  controllers: AREAS.flatMap((area) => area.controllers),
  providers: [EnrolmentStore, ...AREAS.flatMap((area) => area.providers)],
})
export class EnrolmentModule {}
