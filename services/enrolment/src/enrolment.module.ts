import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TOPICS } from '@okr/contracts';
import { MessagingModule } from '@okr/messaging';
import { IdempotencyInterceptor } from '@okr/service-kit';
import { ENROLMENT_AGGREGATES } from './infrastructure/enrolment.aggregates';
import { applicationSlices } from './slices/applications.slices';
import { catalogueSlices } from './slices/catalogue.slices';
import { deskSlices } from './slices/desk.slices';
import { importSlices } from './slices/imports.slices';
import { inquirySlices } from './slices/inquiries.slices';
import { intakeSlices } from './slices/intakes.slices';
import { participationSlices } from './slices/participations.slices';
import { roundSlices } from './slices/rounds.slices';
import { schoolSlices } from './slices/schools.slices';
import type { Slices } from './slices/slices';

const AREAS: readonly Slices[] = [
  schoolSlices,
  inquirySlices,
  intakeSlices,
  catalogueSlices,
  roundSlices,
  applicationSlices,
  participationSlices,
  deskSlices,
  importSlices,
];

/** The help desk: every use case, the store they share, and the outbox relay that publishes their events. */
@Module({
  imports: [MessagingModule.forRoot({ publishes: [TOPICS.enrolment], aggregates: ENROLMENT_AGGREGATES })],
  controllers: AREAS.flatMap((area) => area.controllers),
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ...AREAS.flatMap((area) => area.providers),
  ],
})
export class EnrolmentModule {}
