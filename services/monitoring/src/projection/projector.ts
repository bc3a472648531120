import { catalogue, type EventEnvelope, type EventRegistry } from '@okr/contracts';
import {
  type DeadLetter,
  deadLetterMessage,
  inConsumerSpan,
  deadLetterTopicOf,
  decodeEvent,
  type BatchControls,
  type ConsumerMetrics,
  type IncomingMessage,
  type MessageBus,
  type MessageConsumer,
  type MessageProducer,
  type PartitionEnd,
  type PartitionPosition,
  type TopicAdmin,
} from '@okr/messaging';
import type { Logger } from 'pino';
import { LiveViews } from '../domain/live-views';
import {
  applyChanges,
  applyEvent,
  countIgnored,
  emptyState,
  restoredState,
  type MonitoringState,
  PROJECTED_EVENT_TYPES,
  projectsVersion,
  type RecordRef,
  recordOf,
  type StateChanges,
  STATE_TABLES,
} from '../domain/monitoring-state';
import type { PartitionLag, ProjectorStatus } from '../domain/lag-report';
import type { ProjectedEvent } from '../domain/projected-event';
import type { MonitoringViews } from '../domain/views';
import type { KpiDefinitions } from '../kpi/kpi-definitions';
import { type CheckpointStore, FencedOffError } from '../infrastructure/checkpoint-store';
import type { ReadModelVersion } from '../infrastructure/read-model-versions';
import type { ViewName, ViewStore } from '../infrastructure/view-store';
import { flushDue, snapshotPace } from './flush-policy';
import { type SnapshotPace, StateSnapshot } from './state-snapshot';

export interface ProjectorSettings {
  viewFlushMs: number;
  checkpointIntervalMs: number;
}

export interface ProjectorDependencies {
  bus: MessageBus;
  /** The host's admin connection, shared so kafkajs fetches the topics' metadata once, not per projector. */
  admin: TopicAdmin;
  checkpoints: CheckpointStore;
  views: ViewStore;
  definitions: KpiDefinitions;
  logger: Logger;
  settings: ProjectorSettings;
  /** Told after views of this projector's version were written, with the JSON of those that changed. */
  onViewsWritten(version: number, written: Partial<Record<ViewName, string>>): void;
  /** Told when a newer projector took the version over; the host stops this one. */
  onFencedOff(version: number): void;
  registry?: EventRegistry;
  /** Counts dead letters by topic and reason (okr_consumer_dead_letters_total), as every consumer's. */
  metrics?: ConsumerMetrics;
  /** The programme's today: KPI facts dated later count from their day. Every fact counts when left out. */
  today?: () => string;
}

type Outcome =
  | { kind: 'projected'; occurredAt: string }
  | { kind: 'not-projected' }
  | { kind: 'ignored'; type: string; version: number }
  | { kind: 'dead-letter'; letter: DeadLetter };

const PROJECTED = new Set<string>(PROJECTED_EVENT_TYPES);
/** A checkpoint something waits for (a switch-over, a stop): no pauses. */
const FULL_SPEED: SnapshotPace = { slice: 2_000, pauseMs: 0 };

/**
 * Builds one version of the read models: reads its topics from offset 0 in its own consumer group, folds every
 * event into an in-memory state (idempotent and order-insensitive, see domain/monitoring-state), publishes the
 * views computed from it at most every `viewFlushMs`, and checkpoints state and positions together. Offsets
 * are committed to Kafka only after the checkpoint that holds them, and a restart resumes from the checkpoint,
 * so a crash repeats events (which change nothing twice) and never loses one.
 */
export class Projector {
  private state: MonitoringState = emptyState();
  /** The views of the state, kept up to date record by record. */
  private live: LiveViews;
  /** Next offset to read, per `topic|partition`. */
  private readonly positions = new Map<string, PartitionPosition>();
  /** Events not read yet as of the partition's last fetch, per `topic|partition`: catching up, or live. */
  private readonly behind = new Map<string, number>();
  private consumer: MessageConsumer | undefined;
  private deadLetters: MessageProducer | undefined;
  private running = false;
  /** Set once start() is through; a projector whose start failed writes nothing when stopped. */
  private started = false;
  /** Set once a newer projector wrote the version's checkpoint: this one writes nothing more. */
  private fenced = false;
  private stopped: Promise<void> | undefined;
  private loops: Promise<void>[] = [];
  /** The loops' pauses, cut short by stop(). */
  private readonly sleepers = new Set<() => void>();
  private viewsDirty = true;
  private checkpointDirty = false;
  /** Records changed since the last checkpoint, by `table|key`. */
  private readonly unsaved = new Map<string, RecordRef>();
  /** JSON sizes of the checkpoint's full state and of the changes written after it; undefined: none yet. */
  private savedStateBytes: number | undefined;
  private savedChangesBytes = 0;
  /** How many records the checkpoint's full state holds: with its size, what a changed record takes. */
  private savedStateRecords = 0;
  /** After a restore: where the topics ended at the start, which the views wait for. */
  private viewsWaitFor: PartitionEnd[] | undefined;
  /** The full state being written for a checkpoint, if one is. */
  private writingState: StateSnapshot | undefined;
  private written: Partial<Record<ViewName, string>> = {};
  /** What recomputing one changed unit of the live views costs (measured on flushes of 100 or more), in ms. */
  private msPerUnit = 0;
  /** What reading the views from the counters cost at the last flush, in ms. */
  private readMs = 0;
  private lastFlushAt = 0;
  private checkpointing: Promise<void> = Promise.resolve();
  private readonly status: ProjectorStatus;
  private readonly registry: EventRegistry;

  constructor(
    readonly version: ReadModelVersion,
    readonly topics: readonly string[],
    /** The lease epoch this projector writes its checkpoints with. */
    readonly epoch: number,
    private readonly deps: ProjectorDependencies,
  ) {
    this.registry = deps.registry ?? catalogue;
    this.live = new LiveViews(this.state, deps.definitions, undefined, deps.today);
    this.status = {
      version: version._id,
      groupId: version.groupId,
      topics: [...topics],
      eventsProcessed: 0,
      deadLettered: 0,
      lastEventAt: null,
      lastProcessedAt: null,
    };
  }

  async start(): Promise<void> {
    const checkpoint = await this.deps.checkpoints.load<MonitoringState, StateChanges>(this.version._id);
    if (checkpoint) {
      this.state = restoredState(checkpoint.state);
      for (const changes of checkpoint.changes) applyChanges(this.state, changes);
      this.savedStateBytes = checkpoint.stateBytes;
      this.savedChangesBytes = checkpoint.changesBytes;
      this.savedStateRecords = recordsIn(this.state);
      this.live = new LiveViews(this.state, this.deps.definitions, undefined, this.deps.today);
      for (const position of checkpoint.positions) this.positions.set(keyOf(position), position);
      this.status.eventsProcessed = checkpoint.eventsProcessed;
      this.status.lastEventAt = checkpoint.lastEventAt;
    }
    this.running = true;
    // A fresh version answers at once (zeros and no-source), before its first event. A restored one does not:
    // the views its previous projector wrote are newer than any checkpoint, so it publishes none until it has
    // read as far as the topics reached when it started (see flushViews); readers never see figures go back.
    // Nor does one without a checkpoint whose version has views already: its previous projector was killed
    // before its first checkpoint, and what it published must not be replaced by zeros.
    const waitsToPublish = checkpoint !== undefined || (await this.versionHasViews());
    if (!waitsToPublish) await this.flushViews();
    if (this.topics.length > 0) await this.startConsuming(waitsToPublish);
    this.loops = [this.viewLoop(), this.checkpointLoop()];
    this.started = true;
  }

  /**
   * Stops reading (its consumer leaves the group), then publishes and checkpoints what was read, unless it was
   * fenced off; settles once all that is done, however often it is asked.
   */
  stop(): Promise<void> {
    this.stopped ??= this.shutdown();
    return this.stopped;
  }

  private async shutdown(): Promise<void> {
    this.running = false;
    for (const wake of [...this.sleepers]) wake();
    await this.consumer?.stop().catch((error: unknown) => this.warn(error, 'consumer did not stop cleanly'));
    await Promise.all(this.loops);
    await this.deadLetters?.disconnect().catch(() => undefined);
    // A fenced-off projector's views and state are older than its successor's; one that failed to start may
    // hold a state older than the views already written.
    if (this.fenced || !this.started) return;
    await this.flushViews().catch((error: unknown) => this.warn(error, 'final views not written'));
    await this.deps.views.stored().catch((error: unknown) => this.warn(error, 'final views not stored'));
    await this.checkpoint(FULL_SPEED).catch((error: unknown) =>
      this.warn(error, 'final checkpoint not written'),
    );
  }

  snapshot(): ProjectorStatus {
    return { ...this.status, topics: [...this.status.topics] };
  }

  /** Whether a projector of this version published views before (the KPIs are always among them). */
  private async versionHasViews(): Promise<boolean> {
    return (await this.deps.views.read(this.version._id, 'kpis')) !== undefined;
  }

  /** Whether this projector publishes its views (a restored one waits until it has caught up, see start). */
  publishesViews(): boolean {
    return this.viewsWaitFor === undefined;
  }

  /** The views as of now (for a switch-over, and for tests). */
  views(): MonitoringViews {
    return this.live.views();
  }

  /** Per partition: how far this version has read, and how much is left. */
  async lag(): Promise<PartitionLag[]> {
    if (this.topics.length === 0) return [];
    const ends = await this.deps.admin.partitionEnds(this.topics);
    return ends.map(({ topic, partition, high }) => {
      const position = Number(this.positions.get(keyOf({ topic, partition }))?.offset ?? 0);
      const highWatermark = Number(high);
      return { topic, partition, position, highWatermark, lag: Math.max(0, highWatermark - position) };
    });
  }

  /** Writes views and a checkpoint now: the step before this version is served. */
  async settle(): Promise<void> {
    // Asked once the version has read everything (lag 0): nothing newer can have been published.
    this.viewsWaitFor = undefined;
    this.viewsDirty = true;
    await this.flushViews();
    // Served from the next moment on: its views must be in MongoDB, not only in the cache.
    await this.deps.views.stored();
    // The switch-over waits for it, and readers do not: at full speed.
    await this.checkpoint(FULL_SPEED);
  }

  private async startConsuming(waitsToPublish: boolean): Promise<void> {
    const { admin } = this.deps;
    // Dead letters of a topic go to its dead-letter twin, made with the same number of partitions.
    const ends = await admin.partitionEnds(this.topics);
    if (waitsToPublish) this.viewsWaitFor = ends;
    await admin.ensureTopics(
      this.topics.map((topic) => ({
        name: deadLetterTopicOf(topic),
        partitions: Math.max(1, ends.filter((end) => end.topic === topic).length),
      })),
    );
    // The group must not resume beyond the checkpoint, or the events in between would be lost. Offsets are
    // committed only after a checkpoint holds them, so Kafka is normally at or behind it (behind: the events
    // the state already holds are skipped), and only partitions Kafka holds further on are set back. Setting
    // a group's offsets costs a group join per topic: for hundreds of topics, minutes.
    const ahead = (await admin.committedPositions(this.version.groupId, this.topics))
      .map(({ topic, partition, offset }) => ({
        committed: Number(offset),
        position: this.positions.get(keyOf({ topic, partition })) ?? { topic, partition, offset: '0' },
      }))
      .filter(({ committed, position }) => committed > Number(position.offset))
      .map(({ position }) => position);
    if (ahead.length > 0) {
      this.deps.logger.warn(
        { version: this.version._id, ahead },
        'group offsets beyond the checkpoint set back',
      );
      await admin.setGroupPositions(this.version.groupId, ahead);
    }
    this.deadLetters = this.deps.bus.producer();
    await this.deadLetters.connect();
    this.consumer = this.deps.bus.consumer();
    await this.consumer.start(
      {
        groupId: this.version.groupId,
        topics: this.topics,
        // One state, folded in order: partitions take turns.
        partitionsConsumedConcurrently: 1,
        fromBeginning: true,
        heartbeatIntervalMs: 3_000,
        commits: 'caller',
      },
      (messages, controls) => this.consumeBatch(messages, controls),
    );
  }

  private async consumeBatch(messages: readonly IncomingMessage[], controls: BatchControls): Promise<void> {
    const letters = [];
    const letterReasons: Array<{ topic: string; reason: string }> = [];
    const ignored: Array<{ type: string; version: number }> = [];
    let last: IncomingMessage | undefined;
    let projected = 0;
    let lastEventAt = this.status.lastEventAt;
    for (const message of messages) {
      const next = this.positions.get(keyOf(message));
      // Already in the state the checkpoint restored.
      if (next && Number(message.offset) < Number(next.offset)) continue;
      last = message;
      // Each event's projection continues the trace of the request that made it (HTTP → commit → relay → here).
      const outcome = inConsumerSpan(
        message.headers,
        `process ${message.topic}`,
        {
          'messaging.destination.name': message.topic,
          'messaging.destination.partition.id': String(message.partition),
          'messaging.kafka.offset': Number(message.offset),
          'messaging.consumer.group.name': this.version.groupId,
        },
        () => this.project(message),
      );
      if (outcome.kind === 'dead-letter') {
        letters.push(deadLetterMessage(message, this.version.groupId, outcome.letter));
        letterReasons.push({ topic: message.topic, reason: outcome.letter.reason });
        this.deps.logger.warn(
          { topic: message.topic, partition: message.partition, offset: message.offset, ...outcome.letter },
          'event dead-lettered',
        );
      } else if (outcome.kind === 'ignored') {
        ignored.push(outcome);
      } else if (outcome.kind === 'projected') {
        projected += 1;
        if (lastEventAt === null || outcome.occurredAt > lastEventAt) lastEventAt = outcome.occurredAt;
      }
    }
    // The consumer's next fetch starts after the last resolved offset (committing stays with the checkpoint).
    const final = messages[messages.length - 1];
    if (final && controls.highWatermark !== undefined) {
      this.behind.set(keyOf(final), Math.max(0, Number(controls.highWatermark) - Number(final.offset) - 1));
    }
    if (!last) {
      if (final) controls.markDone(final);
      return;
    }
    // The batch counts as read only once its dead letters are safe; a failure here re-reads the batch,
    // which the state absorbs (idempotent), and the counts below are not yet taken.
    if (letters.length > 0) await this.deadLetters?.send(letters);
    for (const { reason, topic } of letterReasons) this.deps.metrics?.deadLettered(topic, reason);
    for (const { type, version } of ignored) countIgnored(this.state, type, version);
    this.positions.set(keyOf(last), {
      topic: last.topic,
      partition: last.partition,
      offset: String(Number(last.offset) + 1),
    });
    controls.markDone(last);
    this.status.eventsProcessed += projected;
    this.status.deadLettered += letters.length;
    this.status.lastEventAt = lastEventAt;
    this.status.lastProcessedAt = new Date().toISOString();
    this.viewsDirty = true;
    this.checkpointDirty = true;
  }

  private project(message: IncomingMessage): Outcome {
    const decoded = decodeEvent(message.value, this.registry, (contract) =>
      projectsVersion(contract.type, contract.version),
    );
    switch (decoded.kind) {
      case 'invalid':
        return { kind: 'dead-letter', letter: decoded.letter };
      // Producers may add event types and versions before monitoring knows them: counted, never a failure.
      case 'unknown':
        return { kind: 'ignored', type: decoded.type, version: decoded.version };
      // A version of a type the projection uses that no projection reads yet is counted too; other types
      // simply belong to other readers.
      case 'skipped': {
        const { type, version } = decoded.contract;
        return PROJECTED.has(type) ? { kind: 'ignored', type, version } : { kind: 'not-projected' };
      }
      case 'event':
        return this.projectEvent(decoded.envelope, decoded.data);
    }
  }

  private projectEvent(envelope: EventEnvelope<object>, data: object): Outcome {
    const event: ProjectedEvent = {
      eventId: envelope.eventId,
      type: envelope.type,
      version: envelope.version,
      occurredAt: envelope.occurredAt,
      subject: envelope.subject,
      data,
    };
    const record = recordOf(event);
    // A handler that failed half-way may have changed its record: the live views look at it again too.
    let changed = true;
    try {
      if (record !== undefined) this.writingState?.beforeChange(record);
      changed = applyEvent(this.state, event);
    } catch (error) {
      const detail = `projection failed: ${error instanceof Error ? error.message : String(error)}`;
      return { kind: 'dead-letter', letter: { reason: 'HANDLER_FAILED', detail, attempts: 1 } };
    } finally {
      if (changed && record !== undefined) {
        this.live.recordChanged(record);
        this.unsaved.set(`${record.table}|${record.key}`, record);
      }
    }
    return { kind: 'projected', occurredAt: envelope.occurredAt };
  }

  private async flushViews(): Promise<void> {
    // The views also change without an event when the day of a fact dated ahead has come.
    if (this.live.hasFactsDue()) this.viewsDirty = true;
    if (!this.viewsDirty || this.fenced) return;
    if (this.viewsWaitFor !== undefined) {
      const behind = this.viewsWaitFor.some(
        ({ topic, partition, high }) =>
          Number(this.positions.get(keyOf({ topic, partition }))?.offset ?? 0) < Number(high),
      );
      if (behind) return;
      this.viewsWaitFor = undefined;
    }
    this.viewsDirty = false;
    const started = performance.now();
    const units = this.live.pendingUnits();
    const cpuBefore = process.threadCpuUsage();
    this.live.settle();
    const settled = performance.now();
    const cpu = process.threadCpuUsage(cpuBefore);
    const views = this.live.views();
    if (units >= 100) this.msPerUnit = (settled - started) / units;
    this.readMs = performance.now() - settled;
    this.lastFlushAt = started;
    const read = performance.now();
    const written = await this.deps.views.write(this.version._id, views, this.written);
    this.written = { ...this.written, ...written };
    this.deps.logger.debug(
      {
        version: this.version._id,
        units,
        settleMs: Math.round(settled - started),
        settleCpuMs: Math.round((cpu.user + cpu.system) / 1000),
        readMs: Math.round(read - settled),
        writeMs: Math.round(performance.now() - read),
        views: Object.keys(written),
      },
      'views flushed',
    );
    if (Object.keys(written).length > 0) this.deps.onViewsWritten(this.version._id, written);
  }

  /** One checkpoint at a time: the loop, a switch-over and stop() may all ask for one. */
  private checkpoint(pace?: SnapshotPace): Promise<void> {
    const next = this.checkpointing.then(() => this.writeCheckpoint(pace));
    this.checkpointing = next.catch(() => undefined);
    return next;
  }

  // Usually only what changed since the previous checkpoint is written; the whole state when there is none
  // yet, or once the changes written since the last full state would be as large as it (bounding the
  // replay at a restart; their size is estimated from the full state's bytes per record, since it is decided
  // before they are written). The changes, or the state, and the positions are taken at the same moment, and
  // written out while projection goes on: the changes after a catch-up are tens of megabytes too.
  private async writeCheckpoint(pace?: SnapshotPace): Promise<void> {
    if (!this.checkpointDirty || this.fenced) return;
    this.checkpointDirty = false;
    const positions = [...this.positions.values()];
    const changed = [...this.unsaved.values()];
    this.unsaved.clear();
    const bytesPerRecord = (this.savedStateBytes ?? 0) / Math.max(1, this.savedStateRecords);
    const full =
      this.savedStateBytes === undefined ||
      this.savedChangesBytes + changed.length * bytesPerRecord >= this.savedStateBytes;
    const snapshot = full ? StateSnapshot.ofState(this.state) : StateSnapshot.ofChanges(this.state, changed);
    let written = 0;
    const started = performance.now();
    let serialised = started;
    try {
      const paced = pace ?? snapshotPace(this.behindEvents());
      const body = await this.snapshotPieces(snapshot, paced);
      written = body.reduce((sum, piece) => sum + piece.length, 0);
      serialised = performance.now();
      await this.deps.checkpoints.save(this.version._id, this.epoch, {
        kind: full ? 'full' : 'changes',
        body,
        positions,
        eventsProcessed: this.status.eventsProcessed,
        lastEventAt: this.status.lastEventAt,
        pauseMs: paced.pauseMs,
      });
    } catch (error) {
      if (error instanceof FencedOffError) {
        this.fenced = true;
        this.running = false;
        this.deps.onFencedOff(this.version._id);
        return;
      }
      // Not saved: the next checkpoint carries these records too.
      for (const record of changed) this.unsaved.set(`${record.table}|${record.key}`, record);
      this.checkpointDirty = true;
      throw error;
    }
    this.deps.logger.debug(
      {
        version: this.version._id,
        kind: full ? 'full' : 'changes',
        records: snapshot.records,
        bytes: written,
        serialiseMs: Math.round(serialised - started),
        saveMs: Math.round(performance.now() - serialised),
      },
      'checkpoint written',
    );
    if (full) {
      [this.savedStateBytes, this.savedChangesBytes] = [written, 0];
      this.savedStateRecords = snapshot.records;
    } else this.savedChangesBytes += written;
    // Kafka's offsets follow the checkpoint, never lead it; they serve tools that read group lag.
    await this.consumer
      ?.commit(positions)
      .catch((error: unknown) => this.warn(error, 'offsets not committed'));
  }

  // The snapshot's records as of when it was taken, written while events go on being projected.
  private async snapshotPieces(snapshot: StateSnapshot, pace: SnapshotPace): Promise<string[]> {
    this.writingState = snapshot;
    try {
      return await snapshot.toPieces(pace);
    } finally {
      this.writingState = undefined;
    }
  }

  /**
   * Publishes changed views every `viewFlushMs` once live; while catching up, less often (see flushDue).
   */
  private async viewLoop(): Promise<void> {
    let tickAt = performance.now();
    while (this.running) {
      // Ticks keep their rhythm: a flush's own time counts towards the wait for the next one.
      await this.pause(Math.max(0, this.deps.settings.viewFlushMs - (performance.now() - tickAt)));
      tickAt = performance.now();
      const moment = {
        sinceLastFlushMs: performance.now() - this.lastFlushAt,
        expectedFlushMs: this.readMs + this.live.pendingUnits() * this.msPerUnit,
        behindEvents: this.behindEvents(),
      };
      if (!flushDue(moment)) continue;
      await this.flushViews().catch((error: unknown) => this.warn(error, 'views not written; retrying'));
    }
  }

  private async checkpointLoop(): Promise<void> {
    while (this.running) {
      await this.pause(this.deps.settings.checkpointIntervalMs);
      if (!this.running) return;
      await this.checkpoint().catch((error: unknown) => this.warn(error, 'checkpoint not written; retrying'));
    }
  }

  /** Events on the topics not read yet, as of each partition's last fetch. */
  private behindEvents(): number {
    return [...this.behind.values()].reduce((sum, events) => sum + events, 0);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private warn(error: unknown, message: string): void {
    this.deps.logger.warn(
      { version: this.version._id, error: error instanceof Error ? error.message : String(error) },
      message,
    );
  }
}

function recordsIn(state: MonitoringState): number {
  return STATE_TABLES.reduce((sum, table) => sum + Object.keys(state[table]).length, 0);
}

function keyOf(position: { topic: string; partition: number }): string {
  return `${position.topic}|${position.partition}`;
}
