import type { LagReport, VersionLag } from '../../domain/lag-report';

interface Sample {
  labels: Record<string, string | number>;
  value: number;
}

interface Metric {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: Sample[];
}

/** The lag report in Prometheus's text exposition format (version 0.0.4). */
export function prometheusText(report: LagReport | undefined): string {
  const versions = report ? [report.active, ...(report.building ? [report.building] : [])] : [];
  const metrics: Metric[] = [
    {
      name: 'okr_monitoring_projector_up',
      help: 'Whether a replica projects and measured lately (1) or not (0)',
      type: 'gauge',
      samples: [{ labels: {}, value: report ? 1 : 0 }],
    },
    {
      name: 'okr_monitoring_served_version',
      help: 'The version of the read models the API serves',
      type: 'gauge',
      samples: report ? [{ labels: {}, value: report.active.version }] : [],
    },
    perPartition(
      'okr_monitoring_consumer_lag',
      'Events not yet in the read models, per topic-partition',
      versions,
      (p) => p.lag,
    ),
    perPartition(
      'okr_monitoring_consumer_position',
      'Next offset the read models read, per topic-partition',
      versions,
      (p) => p.position,
    ),
    perVersion(
      'okr_monitoring_unread_topics',
      'Topics that match the pattern but are not read yet (picked up at the next topic scan)',
      'gauge',
      versions,
      (v) => v.unreadTopics.length,
    ),
    perVersion(
      'okr_monitoring_events_processed_total',
      'Events folded into the read models since offset 0',
      'counter',
      versions,
      (v) => v.eventsProcessed,
    ),
    perVersion(
      'okr_monitoring_events_dead_lettered_total',
      'Invalid events sent to a dead-letter topic since this replica started the version',
      'counter',
      versions,
      (v) => v.deadLettered,
    ),
    perVersion(
      'okr_monitoring_last_event_timestamp_seconds',
      'When the latest processed event happened (producer clock)',
      'gauge',
      versions,
      (v) => seconds(v.lastEventAt),
    ),
    perVersion(
      'okr_monitoring_last_processed_timestamp_seconds',
      'When the projecting replica last processed an event',
      'gauge',
      versions,
      (v) => seconds(v.lastProcessedAt),
    ),
  ];
  return metrics.map(render).join('');
}

function perPartition(
  name: string,
  help: string,
  versions: VersionLag[],
  value: (partition: VersionLag['partitions'][number]) => number,
): Metric {
  return {
    name,
    help,
    type: 'gauge',
    samples: versions.flatMap((version) =>
      version.partitions.map((partition) => ({
        labels: { version: version.version, topic: partition.topic, partition: partition.partition },
        value: value(partition),
      })),
    ),
  };
}

function perVersion(
  name: string,
  help: string,
  type: Metric['type'],
  versions: VersionLag[],
  value: (version: VersionLag) => number | null,
): Metric {
  return {
    name,
    help,
    type,
    samples: versions.flatMap((version) => {
      const measured = value(version);
      return measured === null ? [] : [{ labels: { version: version.version }, value: measured }];
    }),
  };
}

function seconds(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso) / 1_000;
}

function render(metric: Metric): string {
  const lines = [`# HELP ${metric.name} ${metric.help}`, `# TYPE ${metric.name} ${metric.type}`];
  for (const sample of metric.samples) {
    const labels = Object.entries(sample.labels)
      .map(([key, value]) => `${key}="${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
      .join(',');
    lines.push(`${metric.name}${labels ? `{${labels}}` : ''} ${sample.value}`);
  }
  return `${lines.join('\n')}\n`;
}
