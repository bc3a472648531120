import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TOPICS } from '@okr/contracts';
import { MessagingModule } from '@okr/messaging';
import { IdempotencyInterceptor } from '@okr/service-kit';
import { EXPERT_SCHOOLS_AGGREGATES } from './infrastructure/expert-schools.aggregates';
import { ExpertSchoolsDirectory } from './infrastructure/expert-schools.directory';
import { aspirantSlices } from './slices/aspirants.slices';
import { candidateSlices } from './slices/candidates.slices';
import { hubSlices } from './slices/hubs.slices';
import { networkSlices } from './slices/network.slices';
import type { Slices } from './slices/slices';

const AREAS: readonly Slices[] = [aspirantSlices, hubSlices, networkSlices, candidateSlices];

/** The expert-schools pillar: every use case, the store they share, and the relay that publishes their events. */
@Module({
  imports: [
    MessagingModule.forRoot({ publishes: [TOPICS.expertSchools], aggregates: EXPERT_SCHOOLS_AGGREGATES }),
  ],
  controllers: AREAS.flatMap((area) => area.controllers),
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ExpertSchoolsDirectory,
    ...AREAS.flatMap((area) => area.providers),
  ],
})
export class ExpertSchoolsModule {}
