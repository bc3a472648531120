import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TOPICS } from '@okr/contracts';
import { MessagingModule } from '@okr/messaging';
import { IdempotencyInterceptor } from '@okr/service-kit';
import { LABS_AGGREGATES } from './infrastructure/labs.aggregates';
import { labSlices } from './slices/labs.slices';
import { outputSlices } from './slices/outputs.slices';
import { pilotSlices } from './slices/pilots.slices';
import { rosterSlices } from './slices/roster.slices';
import type { Slices } from './slices/slices';
import { subProjectSlices } from './slices/sub-projects.slices';

const AREAS: readonly Slices[] = [labSlices, rosterSlices, subProjectSlices, pilotSlices, outputSlices];

/** The co-creation labs: every use case, the consumers of the help desk's enrolments, and the outbox relay. */
@Module({
  imports: [MessagingModule.forRoot({ publishes: [TOPICS.labs], aggregates: LABS_AGGREGATES })],
  controllers: AREAS.flatMap((area) => area.controllers),
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ...AREAS.flatMap((area) => area.providers),
  ],
})
export class LabsModule {}
