import type { PartitionPosition } from '@okr/messaging';
import type { Kafka } from 'kafkajs';

/**
 * A consumer group's committed offsets, read in one request. The messaging library's TopicAdmin can set a
 * group's offsets but not read them, and setting them costs a group join per topic (minutes for hundreds of
 * topics); reading first lets the projector set only the few that need it.
 */
export class CommittedOffsets {
  constructor(private readonly kafka: Kafka) {}

  /** The committed offset of every partition of `topics` that has one. */
  async of(groupId: string, topics: readonly string[]): Promise<PartitionPosition[]> {
    if (topics.length === 0) return [];
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchOffsets({ groupId, topics: [...topics] });
      // -1: nothing committed for the partition.
      return offsets.flatMap(({ topic, partitions }) =>
        partitions
          .filter(({ offset }) => Number(offset) >= 0)
          .map(({ partition, offset }) => ({ topic, partition, offset })),
      );
    } finally {
      await admin.disconnect();
    }
  }
}
