import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Metrics } from '@okr/service-kit';
import type { LagReport, VersionLag } from '../../domain/lag-report';
import { LagReports } from '../../infrastructure/lag-reports';

type PartitionOf = VersionLag['partitions'][number];

/**
 * The projection's lag as Prometheus metrics in the service's registry (served at the kit's `/metrics`, to
 * the `metrics` role): the same names and labels the hand-written exposition had, plus the `service` label
 * every metric of the registry carries. Measured from the latest lag report at each scrape, so every
 * replica answers with the projecting one's numbers.
 */
@Injectable()
export class LagMetrics implements OnModuleInit {
  /** The report of the scrape in progress: one read for all the gauges of a scrape. */
  private reading: Promise<LagReport | undefined> | undefined;

  constructor(
    private readonly metrics: Metrics,
    private readonly reports: LagReports,
  ) {}

  onModuleInit(): void {
    const versionsOf = async (): Promise<VersionLag[]> => {
      const report = await this.latest();
      return report ? [report.active, ...(report.building ? [report.building] : [])] : [];
    };
    const latest = (): Promise<LagReport | undefined> => this.latest();
    this.metrics.gauge({
      name: 'okr_monitoring_projector_up',
      help: 'Whether a replica projects and measured lately (1) or not (0)',
      async collect() {
        this.set((await latest()) ? 1 : 0);
      },
    });
    this.metrics.gauge({
      name: 'okr_monitoring_served_version',
      help: 'The version of the read models the API serves',
      async collect() {
        this.reset();
        const report = await latest();
        if (report) this.set(report.active.version);
      },
    });
    this.perPartition(
      'okr_monitoring_consumer_lag',
      'Events not yet in the read models, per topic-partition',
      versionsOf,
      (partition) => partition.lag,
    );
    this.perPartition(
      'okr_monitoring_consumer_position',
      'Next offset the read models read, per topic-partition',
      versionsOf,
      (partition) => partition.position,
    );
    this.perVersion(
      'okr_monitoring_unread_topics',
      'Topics that match the pattern but are not read yet (picked up at the next topic scan)',
      versionsOf,
      (version) => version.unreadTopics.length,
    );
    this.perVersion(
      'okr_monitoring_last_event_timestamp_seconds',
      'When the latest processed event happened (producer clock)',
      versionsOf,
      (version) => seconds(version.lastEventAt),
    );
    this.perVersion(
      'okr_monitoring_last_processed_timestamp_seconds',
      'When the projecting replica last processed an event',
      versionsOf,
      (version) => seconds(version.lastProcessedAt),
    );
    this.totalPerVersion(
      'okr_monitoring_events_processed_total',
      'Events folded into the read models since offset 0',
      versionsOf,
      (version) => version.eventsProcessed,
    );
    this.totalPerVersion(
      'okr_monitoring_events_dead_lettered_total',
      'Invalid events sent to a dead-letter topic since this replica started the version',
      versionsOf,
      (version) => version.deadLettered,
    );
  }

  private latest(): Promise<LagReport | undefined> {
    this.reading ??= this.reports.latest().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private perPartition(
    name: string,
    help: string,
    versionsOf: () => Promise<VersionLag[]>,
    value: (partition: PartitionOf) => number,
  ): void {
    this.metrics.gauge({
      name,
      help,
      labelNames: ['version', 'topic', 'partition'],
      async collect() {
        this.reset();
        for (const version of await versionsOf()) {
          for (const partition of version.partitions) {
            const labels = {
              version: String(version.version),
              topic: partition.topic,
              partition: String(partition.partition),
            };
            this.set(labels, value(partition));
          }
        }
      },
    });
  }

  private perVersion(
    name: string,
    help: string,
    versionsOf: () => Promise<VersionLag[]>,
    value: (version: VersionLag) => number | null,
  ): void {
    this.metrics.gauge({
      name,
      help,
      labelNames: ['version'],
      async collect() {
        this.reset();
        for (const version of await versionsOf()) {
          const measured = value(version);
          if (measured !== null) this.set({ version: String(version.version) }, measured);
        }
      },
    });
  }

  /** A count the projector keeps (and checkpoints) itself: exposed as a counter, set to its value at each scrape. */
  private totalPerVersion(
    name: string,
    help: string,
    versionsOf: () => Promise<VersionLag[]>,
    value: (version: VersionLag) => number,
  ): void {
    this.metrics.counter({
      name,
      help,
      labelNames: ['version'],
      async collect() {
        this.reset();
        for (const version of await versionsOf())
          this.inc({ version: String(version.version) }, value(version));
      },
    });
  }
}

function seconds(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso) / 1_000;
}
