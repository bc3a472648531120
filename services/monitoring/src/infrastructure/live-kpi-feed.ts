import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LOGGER, RedisConnection, SERVICE_CONFIG } from '@okr/service-kit';
import type Redis from 'ioredis';
import type { Logger } from 'pino';
import { type Observable, Subject } from 'rxjs';
import type { MonitoringConfig } from '../config/monitoring.config';
import type { KpiSummary } from '../domain/views';
import { monitoringChannels } from './monitoring-channels';

export interface KpiChange {
  version: number;
  kpi: KpiSummary;
}

/**
 * Changed KPI values as the projecting replica announces them over Redis pub/sub: each replica subscribes
 * once and fans the changes out to its own live-stream clients, so it does not matter which replica a
 * client is connected to.
 */
@Injectable()
export class LiveKpiFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly changes = new Subject<KpiChange>();
  private subscriber: Redis | undefined;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: MonitoringConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly redis: RedisConnection,
  ) {}

  get stream(): Observable<KpiChange> {
    return this.changes.asObservable();
  }

  async onApplicationBootstrap(): Promise<void> {
    const { kpiChanges } = monitoringChannels(this.config.MONITORING_REDIS_PREFIX);
    this.subscriber = this.redis.client.duplicate();
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('message', (_channel: string, message: string) => {
      try {
        const { version, kpis } = JSON.parse(message) as { version: number; kpis: KpiSummary[] };
        for (const kpi of kpis) this.changes.next({ version, kpi });
      } catch (error) {
        this.logger.warn({ error: String(error) }, 'unreadable KPI change announcement');
      }
    });
    await this.subscriber.subscribe(kpiChanges);
  }

  onModuleDestroy(): void {
    this.changes.complete();
    this.subscriber?.disconnect();
  }
}
