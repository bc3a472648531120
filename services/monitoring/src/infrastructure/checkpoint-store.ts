import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { PartitionPosition } from '@okr/messaging';
import { type Collection, type Connection, mongo } from 'mongoose';

const zip = promisify(gzip);
const unzip = promisify(gunzip);

// Well below MongoDB's 16 MB document limit, and small enough for FerretDB to store without strain.
const CHUNK_BYTES = 4 * 1024 * 1024;

/** A read model's state as of a set of positions: after a restart, reading resumes exactly there. */
export interface Checkpoint<TState> {
  state: TState;
  positions: PartitionPosition[];
  eventsProcessed: number;
  lastEventAt: string | null;
}

interface CheckpointHead {
  _id: number;
  epoch: number;
  seq: number;
  /** Names this checkpoint's chunks, so two writers never write or remove each other's. */
  token: string;
  chunks: number;
  positions: PartitionPosition[];
  eventsProcessed: number;
  lastEventAt: string | null;
  savedAt: Date;
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
 * Checkpoints of each read-model version. The state is compressed and written in chunks first; then one
 * update of the head switches to them, together with the positions it reflects, so state and positions are
 * never out of step: a crash before the switch leaves the previous checkpoint, and events after it are read
 * again. The head update only succeeds for the current lease epoch or a newer one (fencing).
 */
export class CheckpointStore {
  private readonly heads: Collection<CheckpointHead>;
  private readonly chunks: Collection<CheckpointChunk>;

  constructor(connection: Connection) {
    this.heads = connection.collection<CheckpointHead>('checkpoints');
    this.chunks = connection.collection<CheckpointChunk>('checkpoint_chunks');
  }

  async load<TState>(version: number): Promise<Checkpoint<TState> | undefined> {
    const head = await this.heads.findOne({ _id: version });
    if (!head) return undefined;
    const parts: Buffer[] = [];
    for (let index = 0; index < head.chunks; index += 1) {
      const chunk = await this.chunks.findOne({ _id: chunkId(version, head.token, index) });
      if (!chunk) throw new Error(`checkpoint ${version}/${head.seq} misses chunk ${index}`);
      parts.push(Buffer.from(chunk.data.buffer));
    }
    const state = JSON.parse((await unzip(Buffer.concat(parts))).toString('utf8')) as TState;
    return {
      state,
      positions: head.positions,
      eventsProcessed: head.eventsProcessed,
      lastEventAt: head.lastEventAt,
    };
  }

  /** Saves a checkpoint whose state the caller serialised at the moment its positions were taken. */
  async save(version: number, epoch: number, checkpoint: Checkpoint<string>): Promise<void> {
    const previous = await this.heads.findOne({ _id: version });
    if (previous && previous.epoch > epoch) throw new FencedOffError(version, epoch);
    const seq = (previous?.seq ?? 0) + 1;
    const token = `${seq}.${randomBytes(4).toString('hex')}`;
    // Compression runs on the thread pool, off the event loop.
    const bytes = await zip(Buffer.from(checkpoint.state, 'utf8'), { level: 1 });
    const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
    for (let index = 0; index < count; index += 1) {
      const data = new mongo.Binary(bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES));
      await this.chunks.replaceOne({ _id: chunkId(version, token, index) }, { data }, { upsert: true });
    }
    const head = {
      epoch,
      seq,
      token,
      chunks: count,
      positions: checkpoint.positions,
      eventsProcessed: checkpoint.eventsProcessed,
      lastEventAt: checkpoint.lastEventAt,
      savedAt: new Date(),
    };
    const switched = previous
      ? await this.heads.updateOne(
          { _id: version, seq: previous.seq, epoch: { $lte: epoch } },
          { $set: head },
        )
      : await this.heads
          .insertOne({ _id: version, ...head })
          .then(() => ({ matchedCount: 1 }))
          .catch((error: unknown) => {
            if ((error as { code?: unknown }).code === 11000) return { matchedCount: 0 };
            throw error;
          });
    if (switched.matchedCount === 0) {
      await this.removeChunks(version, token, count);
      throw new FencedOffError(version, epoch);
    }
    if (previous) await this.removeChunks(version, previous.token, previous.chunks);
  }

  /** Drops a retired version's checkpoint. */
  async remove(version: number): Promise<void> {
    const head = await this.heads.findOne({ _id: version });
    if (!head) return;
    await this.heads.deleteOne({ _id: version });
    await this.removeChunks(version, head.token, head.chunks);
  }

  private async removeChunks(version: number, token: string, count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      await this.chunks.deleteOne({ _id: chunkId(version, token, index) });
    }
  }
}

function chunkId(version: number, token: string, index: number): string {
  return `${version}:${token}:${index}`;
}
