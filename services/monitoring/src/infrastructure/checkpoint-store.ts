import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { createGzip, gunzip } from 'node:zlib';
import type { PartitionPosition } from '@okr/messaging';
import { type Collection, type Connection, mongo } from 'mongoose';

const unzip = promisify(gunzip);

// Well below MongoDB's 16 MB document limit, and small enough for FerretDB to store without strain; a live
// projector pauses between two (CheckpointWrite.pauseMs), so no one write holds the database server for long.
const CHUNK_BYTES = 1024 * 1024;

/** A read model's state as of a set of positions: after a restart, reading resumes exactly there. */
export interface Checkpoint<TState, TChanges> {
  /** The state of the last full checkpoint. */
  state: TState;
  /** What changed after it, checkpoint by checkpoint, oldest first: applied to `state`, they give the positions' state. */
  changes: TChanges[];
  positions: PartitionPosition[];
  eventsProcessed: number;
  lastEventAt: string | null;
  /** Sizes of the JSON written: the full state, and all changes since. */
  stateBytes: number;
  changesBytes: number;
}

/** What a projector writes: its whole state, or what changed since its previous checkpoint (as JSON). */
export interface CheckpointWrite {
  kind: 'full' | 'changes';
  /** The JSON, whole or in pieces that joined are the JSON (compressed one by one, never joined). */
  body: string | readonly string[];
  positions: PartitionPosition[];
  eventsProcessed: number;
  lastEventAt: string | null;
  /**
   * A pause after each piece compressed and each chunk written, for a projector that is live: compressing and
   * storing tens of megabytes at full speed takes the machine's cores from the projector (and the database
   * server from its views) long enough to show in the live lag. None while catching up.
   */
  pauseMs?: number;
}

interface Segment {
  kind: 'full' | 'changes';
  /** Names the segment's chunks, so two writers never write or remove each other's. */
  token: string;
  chunks: number;
  bytes: number;
}

interface CheckpointHead {
  _id: number;
  epoch: number;
  seq: number;
  /** The full state first, then the changes after it. */
  segments: Segment[];
  positions: PartitionPosition[];
  eventsProcessed: number;
  lastEventAt: string | null;
  savedAt: Date;
}

// A head written before checkpoints had segments: one full state under `token`.
interface SingleStateHead extends Omit<CheckpointHead, 'segments'> {
  segments?: Segment[];
  token?: string;
  chunks?: number;
}

interface CheckpointChunk {
  _id: string;
  data: mongo.Binary;
}

/** Thrown when a projector with a newer lease epoch has written the version's checkpoint since. */
export class FencedOffError extends Error {
  constructor(version: number, epoch: number) {
    super(`checkpoint of version ${version} belongs to a newer projector than epoch ${epoch}`);
  }
}

/**
 * Checkpoints of each read-model version: a full state, followed by the changes of later checkpoints, so a
 * checkpoint costs what changed since the previous one, not the whole state. A segment is compressed and
 * written in chunks first; then one update of the head adds it (or, for a full state, replaces all segments),
 * together with the positions it reflects, so state and positions are never out of step: a crash before the
 * update leaves the previous checkpoint, and events after it are read again. The head update only succeeds
 * for the current lease epoch or a newer one (fencing).
 */
export class CheckpointStore {
  private readonly heads: Collection<SingleStateHead>;
  private readonly chunks: Collection<CheckpointChunk>;

  constructor(connection: Connection) {
    this.heads = connection.collection<SingleStateHead>('checkpoints');
    this.chunks = connection.collection<CheckpointChunk>('checkpoint_chunks');
  }

  async load<TState, TChanges>(version: number): Promise<Checkpoint<TState, TChanges> | undefined> {
    const head = await this.heads.findOne({ _id: version });
    if (!head) return undefined;
    const [base, ...later] = segmentsOf(head);
    if (base === undefined) throw new Error(`checkpoint ${version}/${head.seq} has no state`);
    const changes: TChanges[] = [];
    for (const segment of later)
      changes.push(JSON.parse(await this.read(version, head.seq, segment)) as TChanges);
    return {
      state: JSON.parse(await this.read(version, head.seq, base)) as TState,
      changes,
      positions: head.positions,
      eventsProcessed: head.eventsProcessed,
      lastEventAt: head.lastEventAt,
      stateBytes: base.bytes,
      changesBytes: later.reduce((sum, segment) => sum + segment.bytes, 0),
    };
  }

  /** Saves a checkpoint whose state (or changes) the caller serialised at the moment its positions were taken. */
  async save(version: number, epoch: number, write: CheckpointWrite): Promise<void> {
    const previous = await this.heads.findOne({ _id: version });
    if (previous && previous.epoch > epoch) throw new FencedOffError(version, epoch);
    if (!previous && write.kind === 'changes') {
      throw new Error(`version ${version} has no checkpoint for these changes to follow`);
    }
    const seq = (previous?.seq ?? 0) + 1;
    const segment = await this.writeSegment(version, seq, write);
    const fields = {
      epoch,
      seq,
      positions: write.positions,
      eventsProcessed: write.eventsProcessed,
      lastEventAt: write.lastEventAt,
      savedAt: new Date(),
    };
    const switched = !previous
      ? await this.heads
          .insertOne({ _id: version, ...fields, segments: [segment] })
          .then(() => ({ matchedCount: 1 }))
          .catch((error: unknown) => {
            if ((error as { code?: unknown }).code === 11000) return { matchedCount: 0 };
            throw error;
          })
      : await this.heads.updateOne(
          { _id: version, seq: previous.seq, epoch: { $lte: epoch } },
          write.kind === 'full'
            ? { $set: { ...fields, segments: [segment] }, $unset: { token: '', chunks: '' } }
            : { $set: { ...fields, segments: [...segmentsOf(previous), segment] } },
        );
    if (switched.matchedCount === 0) {
      await this.removeChunks(version, segment);
      throw new FencedOffError(version, epoch);
    }
    if (previous && write.kind === 'full') {
      for (const old of segmentsOf(previous)) await this.removeChunks(version, old);
    }
  }

  /**
   * The highest lease epoch any version's checkpoint was written with, 0 when there is none: a projector lease
   * drawn after Redis lost its counter must be above it, or the checkpoints would fence their own writer off.
   */
  async highestEpoch(): Promise<number> {
    const [head] = await this.heads.find({}).sort({ epoch: -1 }).limit(1).toArray();
    return head?.epoch ?? 0;
  }

  /** Drops a retired version's checkpoint. */
  async remove(version: number): Promise<void> {
    const head = await this.heads.findOne({ _id: version });
    if (!head) return;
    await this.heads.deleteOne({ _id: version });
    for (const segment of segmentsOf(head)) await this.removeChunks(version, segment);
  }

  private async writeSegment(version: number, seq: number, write: CheckpointWrite): Promise<Segment> {
    const token = `${seq}.${randomBytes(4).toString('hex')}`;
    const pieces = typeof write.body === 'string' ? [write.body] : write.body;
    const pauseMs = write.pauseMs ?? 0;
    // Compression runs on the thread pool, a piece at a time: the event loop never holds the whole body encoded.
    const source = pauseMs > 0 ? Readable.from(withPauses(pieces, pauseMs)) : Readable.from(pieces);
    const bytes = await buffer(source.pipe(createGzip({ level: 1 })));
    const chunks = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
    for (let index = 0; index < chunks; index += 1) {
      if (index > 0 && pauseMs > 0) await sleep(pauseMs);
      const data = new mongo.Binary(bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES));
      await this.chunks.replaceOne({ _id: chunkId(version, token, index) }, { data }, { upsert: true });
    }
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    return { kind: write.kind, token, chunks, bytes: length };
  }

  private async read(version: number, seq: number, segment: Segment): Promise<string> {
    const parts: Buffer[] = [];
    for (let index = 0; index < segment.chunks; index += 1) {
      const chunk = await this.chunks.findOne({ _id: chunkId(version, segment.token, index) });
      if (!chunk) throw new Error(`checkpoint ${version}/${seq} misses chunk ${index} of ${segment.token}`);
      parts.push(Buffer.from(chunk.data.buffer));
    }
    return (await unzip(Buffer.concat(parts))).toString('utf8');
  }

  private async removeChunks(version: number, segment: Segment): Promise<void> {
    for (let index = 0; index < segment.chunks; index += 1) {
      await this.chunks.deleteOne({ _id: chunkId(version, segment.token, index) });
    }
  }
}

function segmentsOf(head: SingleStateHead): Segment[] {
  if (head.segments !== undefined) return head.segments;
  return head.token === undefined
    ? []
    : [{ kind: 'full', token: head.token, chunks: head.chunks ?? 0, bytes: 0 }];
}

function chunkId(version: number, token: string, index: number): string {
  return `${version}:${token}:${index}`;
}

/** The pieces, one by one, with a pause after each. */
async function* withPauses(pieces: readonly string[], pauseMs: number): AsyncGenerator<string> {
  for (const piece of pieces) {
    yield piece;
    await sleep(pauseMs);
  }
}
