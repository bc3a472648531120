import type { Metrics } from '@okr/service-kit';
import type { Collection } from 'mongoose';
import type { Commit } from '../outbox/commit';
import { markersBeside } from '../outbox/outbox-marker';
import type { OutgoingMessage } from '../ports/message-bus.port';

/** What the relay reports: every message it got acknowledged by Kafka. */
export interface RelayMetrics {
  published(messages: readonly OutgoingMessage[]): void;
}

/** What a consumer reports per partition it reads. */
export interface ConsumerMetrics {
  /** Messages behind the partition's end once `offset` is done (from the fetch's high watermark). */
  lag(topic: string, partition: number, lag: number): void;
  deadLettered(topic: string, reason: string): void;
}

/** Relay metrics in the service's registry: `okr_outbox_published_events_total{topic}` (its rate is the publish rate). */
export function relayMetrics(metrics: Metrics): RelayMetrics {
  const published = metrics.counter({
    name: 'okr_outbox_published_events_total',
    help: 'Events the outbox relay published and Kafka acknowledged, by topic',
    labelNames: ['topic'],
  });
  return {
    published: (messages) => {
      for (const message of messages) published.inc({ topic: message.topic });
    },
  };
}

/** Consumer metrics in the service's registry, labelled with the consumer group. */
export function consumerMetrics(metrics: Metrics, group: string): ConsumerMetrics {
  const lag = metrics.gauge({
    name: 'okr_consumer_lag',
    help: 'Messages a consumer group has still to handle, per topic-partition, as of its latest fetch',
    labelNames: ['group', 'topic', 'partition'],
  });
  const deadLetters = metrics.counter({
    name: 'okr_consumer_dead_letters_total',
    help: 'Messages a consumer group sent to a dead-letter topic, by topic and reason',
    labelNames: ['group', 'topic', 'reason'],
  });
  return {
    lag: (topic, partition, behind) => lag.set({ group, topic, partition: String(partition) }, behind),
    deadLettered: (topic, reason) => deadLetters.inc({ group, topic, reason }),
  };
}

/**
 * Outbox gauges, measured at each scrape from the marker collection (which holds only pending commits, so
 * counting it stays cheap): commits waiting for the relay, and how long the oldest has waited. A growing age
 * means events are not leaving (Kafka unreachable, no relay holding the lease). Commits written before
 * markers (`published: false`) are not counted: finding them reads every commit, and the relay publishes them
 * in its first rounds after it takes the lease.
 */
export function registerOutboxMetrics(metrics: Metrics, commits: Collection<Commit>): void {
  const markers = markersBeside(commits);
  metrics.gauge({
    name: 'okr_outbox_pending_commits',
    help: 'Commits whose events the relay has not published yet',
    async collect() {
      // A failed measurement leaves the gauge out of this scrape rather than failing /metrics.
      const pending = await markers.countDocuments().catch(() => undefined);
      if (pending !== undefined) this.set(pending);
    },
  });
  metrics.gauge({
    name: 'okr_outbox_oldest_pending_age_seconds',
    help: 'How long the oldest unpublished commit has waited for the relay; 0 when none waits',
    async collect() {
      const oldest = await markers
        .find({}, { projection: { committedAt: 1 } })
        .sort({ committedAt: 1 })
        .limit(1)
        .next()
        .then(
          (marker) => ({ marker }),
          () => undefined,
        );
      if (oldest === undefined) return;
      this.set(oldest.marker ? Math.max(0, (Date.now() - oldest.marker.committedAt.getTime()) / 1_000) : 0);
    },
  });
}
