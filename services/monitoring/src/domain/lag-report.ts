// What /health/lag and /metrics serve on every replica, measured by the projecting one.

/** How far a version of the read models has read one topic-partition. */
export interface PartitionLag {
  topic: string;
  partition: number;
  /** The next offset this version reads: everything before it is in its read models. */
  position: number;
  highWatermark: number;
  lag: number;
}

/** A projector's counts, as it keeps them. */
export interface ProjectorStatus {
  version: number;
  groupId: string;
  /** The topics the projector reads. */
  topics: string[];
  eventsProcessed: number;
  deadLettered: number;
  /** occurredAt of the latest event processed, by the producer's clock. */
  lastEventAt: string | null;
  /** When this replica last processed an event. */
  lastProcessedAt: string | null;
}

/** One version's lag over every topic it should read. */
export interface VersionLag extends ProjectorStatus {
  partitions: PartitionLag[];
  /** Topics that match the pattern but the projector does not read yet (it picks them up at its next scan). */
  unreadTopics: string[];
  /** Events on the partitions it reads that are not in its read models yet. */
  totalLag: number;
  /**
   * Whether every event there is is in the read models: it reads at least one topic, every topic that
   * matches, and has no lag on any. Never true before a topic exists, or while one waits to be read.
   */
  caughtUp: boolean;
}

/** The projecting replica's latest measurement. */
export interface LagReport {
  measuredAt: string;
  /** The lease epoch of the replica that measured: it grows each time another replica takes the projection over. */
  epoch: number;
  active: VersionLag;
  building: VersionLag | null;
}

/** A version's lag from its partitions, its status and the matching topics it does not read yet. */
export function versionLag(
  status: ProjectorStatus,
  partitions: PartitionLag[],
  unreadTopics: string[],
): VersionLag {
  const totalLag = partitions.reduce((sum, partition) => sum + partition.lag, 0);
  const caughtUp = status.topics.length > 0 && unreadTopics.length === 0 && totalLag === 0;
  return { ...status, partitions, unreadTopics, totalLag, caughtUp };
}
