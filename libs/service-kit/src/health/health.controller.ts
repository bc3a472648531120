import {
  Controller,
  Get,
  Inject,
  type OnApplicationBootstrap,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { InjectConnection } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  type HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import type { Response } from 'express';
import type { Connection } from 'mongoose';
import { Public } from '../auth/roles.decorator';
import { KafkaConnection, withTimeout } from '../connections/kafka.connection';
import { RedisConnection } from '../connections/redis.connection';
import { READINESS_CHECK, type ServiceReadiness } from './readiness-check';

const CHECK_TIMEOUT_MS = 1_500;

/**
 * Liveness (the process answers) and readiness: the service can serve its work, so MongoDB and Redis answer and
 * every check the service adds with @ReadinessCheck holds. Kafka is reported in the details but does not make a
 * service unready: commands store their events in the outbox, which the relay publishes once Kafka is back;
 * a service whose work needs a live consumer says so with a @ReadinessCheck of its own
 * (docs/adr/0009-traces-and-metrics.md). Open to all.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController implements OnApplicationBootstrap {
  private serviceChecks: Array<{ name: string; readiness: ServiceReadiness }> = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @InjectConnection() private readonly mongo: Connection,
    @Inject(KafkaConnection) private readonly kafka: KafkaConnection,
    @Inject(RedisConnection) private readonly redis: RedisConnection,
  ) {}

  onApplicationBootstrap(): void {
    this.serviceChecks = this.discovery.getProviders().flatMap((wrapper) => {
      const name = wrapper.metatype
        ? this.reflector.get<string | undefined>(READINESS_CHECK, wrapper.metatype)
        : undefined;
      const readiness = wrapper.instance as Partial<ServiceReadiness> | undefined;
      return name !== undefined && typeof readiness?.check === 'function'
        ? [{ name, readiness: readiness as ServiceReadiness }]
        : [];
    });
  }

  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['status'],
      properties: { status: { type: 'string', enum: ['ok'] } },
    },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary:
      "MongoDB and Redis answer and the service's own checks hold (503 names what does not); Kafka is reported, events wait in the outbox while it is away",
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<unknown> {
    // Asked alongside the checks, reported with them, never the reason for a 503.
    const kafka = this.probe('kafka', () => this.kafka.ping(CHECK_TIMEOUT_MS));
    try {
      const result = await this.health.check([
        () =>
          this.probe('mongodb', async () => {
            const db = this.mongo.db;
            if (!db) throw new Error('not connected');
            await db.admin().ping();
          }),
        () => this.probe('redis', () => this.redis.client.ping()),
        ...this.serviceChecks.map(
          ({ name, readiness }) =>
            () =>
              this.probe(name, () => readiness.check()),
        ),
      ]);
      return withKafka(result, await kafka);
    } catch (error) {
      // Terminus reports failures as an exception; readiness keeps terminus's body shape, not a problem document.
      if (error instanceof ServiceUnavailableException) {
        response.status(503);
        const body = error.getResponse();
        return isHealthCheckResult(body) ? withKafka(body, await kafka) : body;
      }
      throw error;
    }
  }

  private async probe(key: string, check: () => Promise<unknown>): Promise<HealthIndicatorResult> {
    const status = this.indicator.check(key);
    try {
      await withTimeout(check(), CHECK_TIMEOUT_MS, `${key} did not answer`);
      return status.up();
    } catch (error) {
      return status.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** Terminus's answer with Kafka's state added to its details: reported, but not part of the verdict. */
function withKafka(result: HealthCheckResult, kafka: HealthIndicatorResult): HealthCheckResult {
  return { ...result, details: { ...result.details, ...kafka } };
}

function isHealthCheckResult(body: string | object): body is HealthCheckResult {
  return typeof body === 'object' && 'status' in body && 'details' in body;
}
