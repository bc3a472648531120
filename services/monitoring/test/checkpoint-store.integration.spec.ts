import { randomBytes } from 'node:crypto';
import { testEnv } from '@okr/service-kit/testing';
import mongoose, { type Connection } from 'mongoose';
import {
  CheckpointStore,
  type CheckpointWrite,
  FencedOffError,
} from '../src/infrastructure/checkpoint-store';

// Against the real MongoDB-compatible server: a checkpoint is a full state followed by the changes after it.

interface State {
  counts: Record<string, number>;
}
type Changes = Record<string, number>;

const at = (offset: number): CheckpointWrite['positions'] => [
  { topic: 'test.checkpoints.v1', partition: 0, offset: String(offset) },
];

function write(kind: CheckpointWrite['kind'], body: unknown, offset: number): CheckpointWrite {
  return {
    kind,
    body: JSON.stringify(body),
    positions: at(offset),
    eventsProcessed: offset,
    lastEventAt: null,
  };
}

describe('checkpoint store', () => {
  const env = testEnv();
  let connection: Connection;
  let store: CheckpointStore;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(env['MONGODB_URI'] as string, { dbName: env['MONGODB_DATABASE'] as string })
      .asPromise();
    store = new CheckpointStore(connection);
  }, 30_000);

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  const chunkCount = (version: number): Promise<number> =>
    connection.collection('checkpoint_chunks').countDocuments({ _id: { $regex: `^${version}:` } } as never);

  it('restores a state written in pieces as the JSON they make together, and counts its size in characters', async () => {
    const pieces = ['{"counts":{', '"a":1,', '"é":2', '}}'];
    await store.save(50, 1, { ...write('full', undefined, 10), body: pieces });

    const checkpoint = await store.load<State, Changes>(50);

    expect(checkpoint?.state).toEqual({ counts: { a: 1, é: 2 } });
    expect(checkpoint?.stateBytes).toBe(pieces.join('').length);
  });

  it("restores a state saved at a live projector's pace, stored in chunks of a mebibyte", async () => {
    // Random text compresses little: about 3 MiB once compressed, so the state spans several chunks.
    const values = Array.from({ length: 48 }, () => randomBytes(48 * 1024).toString('hex'));
    const pieces = ['{"counts":{}', ...values.map((value, index) => `,"v${index}":"${value}"`), '}'];
    await store.save(51, 1, { ...write('full', undefined, 10), body: pieces, pauseMs: 1 });

    const checkpoint = await store.load<State & Record<string, string>, Changes>(51);

    expect(await chunkCount(51)).toBeGreaterThanOrEqual(3);
    expect(checkpoint?.state['v47']).toBe(values[47]);
    expect(checkpoint?.stateBytes).toBe(pieces.join('').length);
  });

  it('restores the full state and the changes written after it, oldest first, with the latest positions', async () => {
    await store.save(1, 1, write('full', { counts: { a: 1 } }, 10));
    await store.save(1, 1, write('changes', { a: 2 }, 20));
    await store.save(1, 1, write('changes', { b: 1 }, 30));

    const checkpoint = await store.load<State, Changes>(1);

    expect(checkpoint?.state).toEqual({ counts: { a: 1 } });
    expect(checkpoint?.changes).toEqual([{ a: 2 }, { b: 1 }]);
    expect(checkpoint?.positions).toEqual(at(30));
    expect(checkpoint?.eventsProcessed).toBe(30);
    expect(checkpoint?.stateBytes).toBe(JSON.stringify({ counts: { a: 1 } }).length);
    expect(checkpoint?.changesBytes).toBe(JSON.stringify({ a: 2 }).length + JSON.stringify({ b: 1 }).length);
  });

  it('replaces the changes with a new full state and removes their chunks', async () => {
    await store.save(2, 1, write('full', { counts: { a: 1 } }, 10));
    await store.save(2, 1, write('changes', { a: 2 }, 20));
    expect(await chunkCount(2)).toBe(2);

    await store.save(2, 1, write('full', { counts: { a: 2 } }, 30));

    const checkpoint = await store.load<State, Changes>(2);
    expect(checkpoint?.state).toEqual({ counts: { a: 2 } });
    expect(checkpoint?.changes).toEqual([]);
    expect(await chunkCount(2)).toBe(1);
  });

  it('refuses changes for a version without a checkpoint to follow', async () => {
    await expect(store.save(3, 1, write('changes', { a: 1 }, 10))).rejects.toThrow('has no checkpoint');
    expect(await store.load(3)).toBeUndefined();
  });

  it('fences off a projector of an older epoch once a newer one has written, keeping the newer checkpoint', async () => {
    await store.save(4, 1, write('full', { counts: { a: 1 } }, 10));
    await store.save(4, 2, write('changes', { a: 5 }, 50));

    await expect(store.save(4, 1, write('changes', { a: 2 }, 20))).rejects.toBeInstanceOf(FencedOffError);

    const checkpoint = await store.load<State, Changes>(4);
    expect(checkpoint?.changes).toEqual([{ a: 5 }]);
    expect(checkpoint?.positions).toEqual(at(50));
  });

  it('answers the highest epoch any version was checkpointed with, and 0 before any checkpoint', async () => {
    const own = connection.useDb(`${env['MONGODB_DATABASE'] as string}_epochs`);
    const epochs = new CheckpointStore(own);
    try {
      const before = await epochs.highestEpoch();
      await epochs.save(1, 3, write('full', { counts: {} }, 1));
      await epochs.save(2, 7, write('full', { counts: {} }, 1));
      await epochs.save(1, 5, write('changes', { a: 1 }, 2));

      expect([before, await epochs.highestEpoch()]).toEqual([0, 7]);
    } finally {
      await own.dropDatabase();
    }
  });

  it('removes a retired version with every segment', async () => {
    await store.save(5, 1, write('full', { counts: {} }, 1));
    await store.save(5, 1, write('changes', { a: 1 }, 2));

    await store.remove(5);

    expect(await store.load(5)).toBeUndefined();
    expect(await chunkCount(5)).toBe(0);
  });
});
