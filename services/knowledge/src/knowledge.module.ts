import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TOPICS } from '@okr/contracts';
import { ThrottlerModule } from '@nestjs/throttler';
import { defaultRedisKeyPrefix, MessagingModule } from '@okr/messaging';
import { IdempotencyInterceptor, RedisConnection, SERVICE_CONFIG, SERVICE_NAME } from '@okr/service-kit';
import type { KnowledgeConfig } from './config/knowledge.config';
import { KNOWLEDGE_AGGREGATES } from './infrastructure/knowledge.aggregates';
import { gatheringSlices } from './slices/gatherings.slices';
import { kennisrotondeSlices } from './slices/kennisrotonde.slices';
import { productSlices } from './slices/products.slices';
import type { Slices } from './slices/slices';
import { RedisThrottlerStorage } from './search/redis-throttler.storage';

const AREAS: readonly Slices[] = [productSlices, kennisrotondeSlices, gatheringSlices];

/** Knowledge sharing: every use case, the store they share, the relay that publishes, the enrolment consumers. */
@Module({
  imports: [
    MessagingModule.forRoot({ publishes: [TOPICS.knowledge], aggregates: KNOWLEDGE_AGGREGATES }),
    // Anonymous reads per client (PublicReadThrottlerGuard on the public routes), counted in Redis (ADR 0008).
    ThrottlerModule.forRootAsync({
      inject: [RedisConnection, SERVICE_CONFIG, SERVICE_NAME],
      useFactory: (redis: RedisConnection, config: KnowledgeConfig, service: string) => ({
        // The default name, so the answer's header is the standard Retry-After (a named one adds its name).
        throttlers: [{ name: 'default', ttl: config.PUBLIC_READ_WINDOW_MS, limit: config.PUBLIC_READ_LIMIT }],
        // One count per client over every public route, not one per route.
        generateKey: (_context, tracker) => tracker,
        storage: new RedisThrottlerStorage(
          redis.client,
          `${config.REDIS_KEY_PREFIX ?? defaultRedisKeyPrefix(service)}:public-read`,
        ),
      }),
    }),
  ],
  controllers: AREAS.flatMap((area) => area.controllers),
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ...AREAS.flatMap((area) => area.providers),
  ],
})
export class KnowledgeModule {}
