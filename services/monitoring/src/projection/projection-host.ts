import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  consumerMetrics,
  deadLetterTopicOf,
  KafkajsMessageBus,
  type MessageBus,
  RedisLease,
  type TopicAdmin,
} from '@okr/messaging';
import { Clock, KafkaConnection, LOGGER, Metrics, RedisConnection, SERVICE_CONFIG } from '@okr/service-kit';
import type { Logger } from 'pino';
import { summaryOf } from '../domain/kpi-summary';
import { type LagReport, type VersionLag, versionLag } from '../domain/lag-report';
import type { KpiDetail } from '../domain/views';
import { CheckpointStore } from '../infrastructure/checkpoint-store';
import { type ReadModelVersion, ReadModelVersions } from '../infrastructure/read-model-versions';
import { ViewStore, type ViewName } from '../infrastructure/view-store';
import { KPI_DEFINITIONS } from '../kpi/kpi-definitions';
import type { MonitoringConfig } from '../config/monitoring.config';
import { monitoringChannels } from '../infrastructure/monitoring-channels';
import { Projector } from './projector';

const TICK_MS = 1_000;
// What deadLetterTopicOf appends: a pattern that matched a dead-letter topic would read its own dead letters.
const DEAD_LETTER_SUFFIX = deadLetterTopicOf('');

/**
 * Runs the projectors on the one replica that holds the lease: the served version's, and while a rebuild
 * runs, the next version's next to it. When the next version has read everything there is, it is settled
 * (views and checkpoint written) and served instead; the old one is stopped and its data removed.
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly bus: MessageBus;
  /** One admin connection for the host's life: kafkajs's first look at hundreds of topics is the slow one. */
  private readonly admin: TopicAdmin;
  private readonly lease: RedisLease;
  private readonly channels: ReturnType<typeof monitoringChannels>;
  private readonly topicPattern: RegExp;
  private active: Projector | undefined;
  private building: Projector | undefined;
  private topics: string[] = [];
  private topicsScannedAt = 0;
  private lagMeasuredAt = 0;
  private stopped = false;
  private loop: Promise<void> | undefined;
  /** Projectors being stopped: none of the same group may start before they have left it. */
  private stopping: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  /** The KPI summaries live-stream clients have been told, by KPI id. */
  private readonly published = new Map<string, string>();

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: MonitoringConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    kafka: KafkaConnection,
    private readonly redis: RedisConnection,
    private readonly versions: ReadModelVersions,
    private readonly checkpoints: CheckpointStore,
    private readonly views: ViewStore,
    private readonly metrics: Metrics,
    private readonly clock: Clock,
  ) {
    this.bus = new KafkajsMessageBus(kafka.kafka);
    this.admin = this.bus.admin();
    this.channels = monitoringChannels(config.MONITORING_REDIS_PREFIX);
    this.lease = new RedisLease(redis.client, {
      key: this.channels.projectorLease,
      epochKey: this.channels.projectorEpoch,
      leaseMs: config.MONITORING_LEASE_MS,
      // After Redis lost its data, the counter would start again at 1, below the epoch the checkpoints hold,
      // and the checkpoints would refuse the only replica for good: the next epoch is drawn above theirs.
      epochFloor: () => this.checkpoints.highestEpoch(),
    });
    this.topicPattern = new RegExp(config.MONITORING_TOPIC_PATTERN);
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.stopProjectors();
    await this.admin.close().catch(() => undefined);
    await this.lease.release();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.tick();
      } catch (error) {
        this.logger.error(
          { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          'projection step failed; retrying',
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, TICK_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async tick(): Promise<void> {
    const holding = this.lease.epoch !== undefined;
    if (!(await this.lease.hold())) {
      if (holding) this.logger.warn('projector lease lost; stopping the projectors');
      await this.stopProjectors();
      return;
    }
    const epoch = this.lease.epoch;
    if (epoch === undefined) return;
    // Taken again under a new epoch (Redis lost the lease, or it lapsed during a pause): a projector writes its
    // checkpoints with the epoch it started with, so it starts again under the new one.
    const projectors = [this.active, this.building];
    if (projectors.some((projector) => projector !== undefined && projector.epoch !== epoch)) {
      this.logger.warn({ epoch }, 'projector lease taken again under a new epoch; restarting the projectors');
      await this.stopProjectors();
    }
    if (await this.scanTopics()) await this.stopProjectors();
    // A Kafka group takes no new positions while a member remains: stopped projectors must have left first.
    await this.stopping;
    const served = await this.versions.ensureActive();
    if (!holding) await this.versions.settle(served._id);
    if (this.active?.version._id !== served._id) {
      await this.active?.stop();
      this.active = await this.startProjector(served, epoch);
      // A restored projector's KPIs may be older than those already streamed; its first flush publishes them.
      if (this.active.publishesViews()) await this.publishChanges(served._id, this.active);
    }
    const next = await this.versions.building(served._id);
    if (next && this.building?.version._id !== next._id) {
      await this.building?.stop();
      this.building = await this.startProjector(next, epoch);
    }
    await this.measureLag(epoch);
  }

  /** Re-reads the topic list when due; answers whether it changed. */
  private async scanTopics(): Promise<boolean> {
    if (Date.now() - this.topicsScannedAt < this.config.MONITORING_TOPIC_SCAN_MS) return false;
    const topics = await this.matchingTopics();
    this.topicsScannedAt = Date.now();
    const changed = topics.join(',') !== this.topics.join(',');
    if (changed) this.logger.info({ topics }, 'topics of the read models');
    this.topics = topics;
    return changed;
  }

  /** The topics on the broker the read models should read, sorted. */
  private async matchingTopics(): Promise<string[]> {
    return (await this.admin.listTopics())
      .filter((topic) => this.topicPattern.test(topic) && !topic.endsWith(DEAD_LETTER_SUFFIX))
      .sort();
  }

  private async startProjector(version: ReadModelVersion, epoch: number): Promise<Projector> {
    const projector = new Projector(version, this.topics, epoch, {
      bus: this.bus,
      admin: this.admin,
      checkpoints: this.checkpoints,
      views: this.views,
      definitions: KPI_DEFINITIONS,
      today: () => this.clock.today(),
      logger: this.logger,
      metrics: consumerMetrics(this.metrics, version.groupId),
      settings: {
        viewFlushMs: this.config.MONITORING_VIEW_FLUSH_MS,
        checkpointIntervalMs: this.config.MONITORING_CHECKPOINT_INTERVAL_MS,
      },
      onViewsWritten: (written, changed) => this.onViewsWritten(written, changed),
      onFencedOff: (fenced) => {
        this.logger.warn({ version: fenced }, 'another replica projects this version now');
        // Awaited by the next tick before any projector starts (see `stopping`).
        void this.stopProjectors();
      },
    });
    try {
      await projector.start();
    } catch (error) {
      // Whatever it started (its consumer may have joined the group) must go before the next attempt.
      await projector.stop();
      throw error;
    }
    this.logger.info({ version: version._id, groupId: version.groupId }, 'projector started');
    return projector;
  }

  private onViewsWritten(version: number, written: Partial<Record<ViewName, string>>): void {
    if (version !== this.active?.version._id || written.kpis === undefined) return;
    void this.publishKpis(version, written.kpis);
  }

  /** Tells live-stream clients (through Redis, so every replica's) which KPIs changed. */
  private async publishKpis(version: number, kpisJson: string): Promise<void> {
    const changed = [];
    for (const detail of JSON.parse(kpisJson) as KpiDetail[]) {
      const summary = summaryOf(detail);
      const json = JSON.stringify(summary);
      if (this.published.get(summary.id) === json) continue;
      this.published.set(summary.id, json);
      changed.push(summary);
    }
    if (changed.length === 0) return;
    await this.redis.client
      .publish(this.channels.kpiChanges, JSON.stringify({ version, kpis: changed }))
      .catch((error: unknown) => this.logger.warn({ error: String(error) }, 'KPI changes not published'));
  }

  private async publishChanges(version: number, projector: Projector): Promise<void> {
    await this.publishKpis(version, JSON.stringify(projector.views().kpis));
  }

  private async measureLag(epoch: number): Promise<void> {
    if (Date.now() - this.lagMeasuredAt < this.config.MONITORING_LAG_INTERVAL_MS) return;
    this.lagMeasuredAt = Date.now();
    if (!this.active) return;
    // Listed afresh: a topic created since the last scan holds events the projectors have not read yet.
    const matching = await this.matchingTopics();
    const active = await this.lagOf(this.active, matching);
    const building = this.building ? await this.lagOf(this.building, matching) : null;
    // Switched once the next version has read everything its projector reads; a topic it does not read yet
    // restarts both projectors at the next scan anyway.
    if (this.building && building?.totalLag === 0 && building.unreadTopics.length === 0) {
      await this.switchOver(this.active, this.building, epoch);
      return;
    }
    const report: LagReport = { measuredAt: new Date().toISOString(), epoch, active, building };
    const ttlSeconds = Math.max(5, Math.ceil((this.config.MONITORING_LAG_INTERVAL_MS * 5) / 1_000));
    await this.redis.client.set(this.channels.lag, JSON.stringify(report), 'EX', ttlSeconds);
  }

  private async lagOf(projector: Projector, matching: readonly string[]): Promise<VersionLag> {
    const unread = matching.filter((topic) => !projector.topics.includes(topic));
    // The positions and the counts are read together, after the wait for the partitions' ends.
    const partitions = await projector.lag();
    return versionLag(projector.snapshot(), partitions, unread);
  }

  /** Blue/green: the caught-up version is settled, then served; the old one stops and its data goes. */
  private async switchOver(old: Projector, next: Projector, epoch: number): Promise<void> {
    await next.settle();
    if (this.lease.epoch !== epoch) return;
    await this.versions.switchTo(next.version._id, old.version._id);
    this.active = next;
    this.building = undefined;
    await this.redis.client.publish(this.channels.switched, JSON.stringify({ version: next.version._id }));
    this.logger.info({ from: old.version._id, to: next.version._id }, 'read models switched over');
    await this.publishChanges(next.version._id, next);
    await old.stop();
    await this.views.remove(old.version._id);
    await this.checkpoints.remove(old.version._id);
    await this.admin.deleteGroups([old.version.groupId]);
    this.lagMeasuredAt = 0;
  }

  /** Stops the running projectors; `stopping` settles once they, and any stopped before, have stopped. */
  private stopProjectors(): Promise<void> {
    const running = [this.active, this.building];
    this.active = undefined;
    this.building = undefined;
    const previous = this.stopping;
    this.stopping = (async () => {
      await previous;
      for (const projector of running) await projector?.stop();
    })();
    return this.stopping;
  }
}
