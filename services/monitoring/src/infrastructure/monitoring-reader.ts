import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { RedisConnection, SERVICE_CONFIG } from '@okr/service-kit';
import type Redis from 'ioredis';
import type { MonitoringConfig } from '../config/monitoring.config';
import type { MonitoringViews } from '../domain/views';
import { monitoringChannels } from './monitoring-channels';
import { ReadModelVersions } from './read-model-versions';
import { ViewStore, type ViewName } from './view-store';

// How long a replica trusts the served version it read; a switch announced over Redis ends it at once.
const ACTIVE_VERSION_TTL_MS = 2_000;

/** Not served yet: the projecting replica has not written the first views (only right after a first start). */
export class ViewsNotReadyError extends Error {
  readonly code = 'VIEWS.NOT_READY';
  constructor(readonly details: { view: string }) {
    super('The read models are being built for the first time; try again in a moment');
  }
}

/** What every replica's API reads: the served version's views, from the Redis cache or MongoDB. */
@Injectable()
export class MonitoringReader implements OnApplicationBootstrap, OnModuleDestroy {
  private active: { version: number; readAt: number } | undefined;
  private subscriber: Redis | undefined;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: MonitoringConfig,
    private readonly redis: RedisConnection,
    private readonly versions: ReadModelVersions,
    private readonly views: ViewStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { switched } = monitoringChannels(this.config.MONITORING_REDIS_PREFIX);
    this.subscriber = this.redis.client.duplicate();
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('message', () => {
      this.active = undefined;
    });
    await this.subscriber.subscribe(switched);
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }

  async activeVersion(): Promise<number | undefined> {
    if (this.active && Date.now() - this.active.readAt < ACTIVE_VERSION_TTL_MS) return this.active.version;
    const version = await this.versions.activeVersion();
    if (version !== undefined) this.active = { version, readAt: Date.now() };
    return version;
  }

  async view<N extends ViewName>(name: N): Promise<{ version: number; view: MonitoringViews[N] }> {
    let version = await this.activeVersion();
    let body = version === undefined ? undefined : await this.views.read(version, name);
    if (body === undefined && version !== undefined) {
      // The version this replica served was just retired (its switch announcement may still be on its way).
      this.active = undefined;
      version = await this.activeVersion();
      body = version === undefined ? undefined : await this.views.read(version, name);
    }
    if (version === undefined || body === undefined) throw new ViewsNotReadyError({ view: name });
    return { version, view: JSON.parse(body) as MonitoringViews[N] };
  }
}
