import { Inject, Injectable } from '@nestjs/common';
import { RedisConnection, SERVICE_CONFIG } from '@okr/service-kit';
import type { MonitoringConfig } from '../config/monitoring.config';
import { monitoringChannels } from './monitoring-channels';
import type { LagReport } from '../domain/lag-report';

/** The projecting replica's latest lag measurement, as every replica reads it from Redis. */
@Injectable()
export class LagReports {
  private readonly key: string;

  constructor(
    @Inject(SERVICE_CONFIG) config: MonitoringConfig,
    private readonly redis: RedisConnection,
  ) {
    this.key = monitoringChannels(config.MONITORING_REDIS_PREFIX).lag;
  }

  /**
   * undefined when no replica has measured lately: none holds the projector lease, or it is stuck. Redis is
   * the only place the report lives, so without Redis this is a DependencyUnavailableError (503), not a guess.
   */
  async latest(): Promise<LagReport | undefined> {
    const json = await this.redis.run((client) => client.get(this.key));
    return json === null ? undefined : (JSON.parse(json) as LagReport);
  }
}
