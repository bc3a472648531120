import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TOPICS } from '@okr/contracts';
import { MessagingModule } from '@okr/messaging';
import { IdempotencyInterceptor } from '@okr/service-kit';
import { KNOWLEDGE_AGGREGATES } from './infrastructure/knowledge.aggregates';
import { gatheringSlices } from './slices/gatherings.slices';
import { kennisrotondeSlices } from './slices/kennisrotonde.slices';
import { productSlices } from './slices/products.slices';
import type { Slices } from './slices/slices';

const AREAS: readonly Slices[] = [productSlices, kennisrotondeSlices, gatheringSlices];

/** Knowledge sharing: every use case, the store they share, the relay that publishes, the enrolment consumers. */
@Module({
  imports: [MessagingModule.forRoot({ publishes: [TOPICS.knowledge], aggregates: KNOWLEDGE_AGGREGATES })],
  controllers: AREAS.flatMap((area) => area.controllers),
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ...AREAS.flatMap((area) => area.providers),
  ],
})
export class KnowledgeModule {}
