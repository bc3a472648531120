import {
  type DynamicModule,
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Type,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { TerminusModule } from '@nestjs/terminus';
import type { Logger } from 'pino';
import { AuthGuard, TOKEN_VERIFIER } from './auth/auth.guard';
import { RouteRolesCheck } from './auth/route-roles.check';
import { TokenVerifier } from './auth/token-verifier';
import type { ServiceKitConfig } from './config/service-kit.config';
import { KafkaConnection } from './connections/kafka.connection';
import { RedisConnection } from './connections/redis.connection';
import { JsonBodyGuard } from './http/json-body';
import { IdempotencyRecords } from './http/idempotency-records';
import { HealthController } from './health/health.controller';
import {
  DOMAIN_ERROR_STATUS,
  type DomainErrorStatus,
  ProblemDetailsFilter,
} from './http/problem-details.filter';
import { createValidationPipe } from './http/validation.pipe';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { HttpTraceMiddleware } from './telemetry/http-trace.middleware';
import { CorrelationMiddleware, LOGGER } from './logging/correlation.middleware';
import { Clock, SystemClock } from './time/clock';

/** Injection token of the service's validated configuration (also injectable by its own class). */
export const SERVICE_CONFIG = Symbol('okr:service-config');

/** Injection token of the service's short name, e.g. 'enrolment'. */
export const SERVICE_NAME = Symbol('okr:service-name');

/** What a service tells the kit about itself; `main.ts` passes it to `bootstrapService`. */
export interface ServiceDefinition<C extends ServiceKitConfig = ServiceKitConfig> {
  /** Short name, e.g. 'enrolment'; also the default database `okr_<name>` and Kafka client id. */
  name: string;
  /** One paragraph for the OpenAPI document. */
  description: string;
  /** The service's root module. */
  module: Type<unknown>;
  /** The service's configuration class (extends ServiceKitConfig). */
  config: new () => C;
  /** Port used when PORT is not set. */
  defaultPort: number;
  /** HTTP status for each domain error code the service's domain throws. */
  domainErrorStatus?: DomainErrorStatus;
  /**
   * Routes (path prefixes, e.g. '/imports') that may receive a larger body than BODY_LIMIT_BYTES, with their
   * own limit in bytes; every other route keeps the common limit.
   */
  bodyLimits?: Readonly<Record<string, number>>;
}

@Global()
@Module({})
export class ServiceKitModule implements NestModule {
  /** `clock` replaces the system clock, e.g. in a test that needs a known "today". */
  static forRoot(
    definition: ServiceDefinition,
    config: ServiceKitConfig,
    logger: Logger,
    clock: Clock = new SystemClock(),
  ): DynamicModule {
    const configProviders = [
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: definition.config, useValue: config },
    ];
    return {
      module: ServiceKitModule,
      imports: [
        DiscoveryModule,
        TerminusModule.forRoot({ logger: false }),
        MongooseModule.forRoot(config.MONGODB_URI, {
          dbName: config.MONGODB_DATABASE ?? `okr_${definition.name}`,
          serverSelectionTimeoutMS: 5_000,
          retryAttempts: 3,
          retryDelay: 1_000,
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        ...configProviders,
        { provide: LOGGER, useValue: logger },
        { provide: Clock, useValue: clock },
        { provide: SERVICE_NAME, useValue: definition.name },
        { provide: Metrics, useValue: new Metrics(definition.name) },
        { provide: DOMAIN_ERROR_STATUS, useValue: definition.domainErrorStatus ?? {} },
        {
          provide: RedisConnection,
          useFactory: () => new RedisConnection(config.REDIS_URL, config.REDIS_COMMAND_TIMEOUT_MS),
        },
        {
          provide: KafkaConnection,
          useFactory: () => new KafkaConnection(config.KAFKA_BROKERS, definition.name),
        },
        {
          provide: TOKEN_VERIFIER,
          useFactory: () =>
            new TokenVerifier({
              secret: config.JWT_SECRET,
              jwksUrl: config.JWT_JWKS_URL,
              issuer: config.JWT_ISSUER,
              audience: config.JWT_AUDIENCE,
              maxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
              clockToleranceSeconds: config.JWT_CLOCK_TOLERANCE_SECONDS,
            }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        // After the AuthGuard: a request without a valid token is refused before its body is parsed.
        { provide: APP_GUARD, useClass: JsonBodyGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: (clock: Clock) => createValidationPipe(clock), inject: [Clock] },
        RouteRolesCheck,
        {
          provide: IdempotencyRecords,
          inject: [RedisConnection],
          useFactory: (redis: RedisConnection) =>
            new IdempotencyRecords(
              redis,
              config.IDEMPOTENCY_KEY_PREFIX ?? `okr:${definition.name}:idempotency`,
            ),
        },
      ],
      exports: [
        ...configProviders.map((provider) => provider.provide),
        LOGGER,
        Clock,
        SERVICE_NAME,
        RedisConnection,
        KafkaConnection,
        IdempotencyRecords,
        Metrics,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Tracing first, so the request's log line and everything after it carry the trace.
    consumer.apply(HttpTraceMiddleware, HttpMetricsMiddleware, CorrelationMiddleware).forRoutes('*path');
  }
}
