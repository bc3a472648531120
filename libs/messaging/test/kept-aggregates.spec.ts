import Redis from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import {
  AggregateStore,
  CommitStore,
  defineAggregates,
  KeptAggregates,
  OutboxSignal,
  type Stored,
} from '../src';
import { eventually, testDatabase, testRedisPrefix } from '../src/testing';

const CLUBS = defineAggregates({
  // The clubs here publish nothing: what is kept are states.
  events: {},
  subjectOf: () => '',
  types: {
    club: { name: 'club', stream: 'club', listedBy: ['city'], kept: true },
    member: { name: 'member', stream: 'member', listedBy: ['clubId'] },
  },
});

interface Club {
  clubId: string;
  city: string;
  secretary?: string;
}

/** One process of the service: its own commit store, signal, kept aggregates and Redis subscriber. */
interface Replica {
  store: AggregateStore;
  kept: KeptAggregates;
  subscriber: Redis;
  /** How many announcements of other replicas it has heard. */
  heard: () => number;
}

describe('KeptAggregates: lists from memory, consistent across replicas', () => {
  const actor = { command: 'test', actor: 'tester' };
  const channel = `${testRedisPrefix('kept-aggregates')}:outbox`;
  const replicas: Replica[] = [];
  let connection: Connection;
  let redis: Redis;
  let sequence = 0;
  const nextClub = (): string => `c${Date.now().toString(36)}${(sequence += 1)}`;
  const cities = (clubs: readonly Stored<Club>[]): string[] => clubs.map(({ state }) => state.city);

  /** Starts a replica the way MessagingModule wires one: subscribed before it reads, reading again on `ready`. */
  async function replica(): Promise<Replica> {
    const signal = new OutboxSignal(redis, channel);
    const commits = new CommitStore(connection, 'kept-aggregates-test', signal);
    const kept = new KeptAggregates(commits.commits, CLUBS, signal);
    const store = new AggregateStore(commits, CLUBS, { referenceMaxAgeMs: 0 }, kept);
    const subscriber = redis.duplicate();
    let heard = 0;
    subscriber.on('ready', () => kept.reconnected());
    subscriber.on('message', (_channel: string, message: string) => {
      const id = signal.fromElsewhere(message);
      if (!id) return;
      heard += 1;
      kept.announced(id);
    });
    await subscriber.subscribe(channel);
    const started = { store, kept, subscriber, heard: () => heard };
    replicas.push(started);
    await kept.start();
    return started;
  }

  const found = (clubId: string, city: string, secretary?: string) => () => ({
    state: { clubId, city, ...(secretary ? { secretary } : {}) },
    events: [],
  });
  const moved = (city: string) => (current: Club | undefined) =>
    current && { state: { ...current, city }, events: [] };

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017', {
        dbName: testDatabase('kept_aggregates'),
      })
      .asPromise();
    redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379', { lazyConnect: true });
    await redis.connect();
    await new CommitStore(connection, 'kept-aggregates-test').ensureIndexes();
  });

  afterEach(() => {
    for (const { kept, subscriber } of replicas.splice(0)) {
      kept.stop();
      subscriber.disconnect();
    }
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
    redis.disconnect();
  });

  it('reads what was committed before it started, and answers as the commit scan does', async () => {
    const writer = new AggregateStore(new CommitStore(connection, 'kept-aggregates-test'), CLUBS);
    const clubId = nextClub();
    await writer.change<Club>(CLUBS.streamOf('club', clubId), actor, found(clubId, 'Zwolle'));
    await writer.change<Club>(CLUBS.streamOf('club', clubId), actor, moved('Kampen'));

    const { store } = await replica();

    expect(await store.list<Club>('club')).toEqual(await store.scan<Club>('club'));
    expect(await store.list<Club>('club', { city: 'Kampen' })).toEqual(
      await store.scan<Club>('club', { city: 'Kampen' }),
    );
    expect(
      (await store.list<Club>('club', { city: 'Zwolle' })).map(({ state }) => state.clubId),
    ).not.toContain(clubId);
  });

  it('is not ready until it has read the kept types', async () => {
    const signal = new OutboxSignal(undefined, channel);
    const kept = new KeptAggregates(
      new CommitStore(connection, 'kept-aggregates-test').commits,
      CLUBS,
      signal,
    );

    await expect(kept.check()).rejects.toThrow('being read');
    await kept.start();
    await expect(kept.check()).resolves.toBeUndefined();
    kept.stop();
  });

  it("holds this process's own change before the command answers", async () => {
    const { store, kept } = await replica();
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);

    await store.change<Club>(stream, actor, found(clubId, 'Hattem'));
    // Read without waiting for anything: the commit must be held by the time `change` answered.
    const held = kept.held.list<Club>('club').find((club) => club.stream === stream);

    expect(held?.state.city).toBe('Hattem');
  });

  it("shows another replica's change in the next list once its announcement arrived", async () => {
    const [first, second] = [await replica(), await replica()];
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);
    await first.store.change<Club>(stream, actor, found(clubId, 'Elburg'));
    await eventually(() => (second.heard() >= 1 ? true : undefined));
    const heard = second.heard();

    await first.store.change<Club>(stream, actor, moved('Heerde'));
    await eventually(() => (second.heard() > heard ? true : undefined));
    // No waiting beyond the announcement: the list itself waits for the commit to be fetched.
    const listed = await second.store.list<Club>('club', { city: 'Heerde' });

    expect(listed.map(({ stream: listedStream, version }) => [listedStream, version])).toEqual([[stream, 2]]);
    expect(cities(await second.store.list<Club>('club', { city: 'Elburg' }))).toEqual([]);
  });

  it('reads the kept types again after its Redis connection came back, finding what it missed meanwhile', async () => {
    const [first, second] = [await replica(), await replica()];
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);
    second.subscriber.disconnect();
    await eventually(() => (second.subscriber.status === 'end' ? true : undefined));

    await first.store.change<Club>(stream, actor, found(clubId, 'Oldebroek'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const missed = second.kept.held.list<Club>('club').some((club) => club.stream === stream);
    await second.subscriber.connect();
    const listed = await eventually(async () => {
      const clubs = await second.store.list<Club>('club', { city: 'Oldebroek' });
      return clubs.length > 0 ? clubs : undefined;
    });

    expect(missed).toBe(false);
    expect(listed.map(({ stream: listedStream }) => listedStream)).toEqual([stream]);
  });

  it('follows an erasure that rewrites the held state in place, here and on another replica', async () => {
    const [first, second] = [await replica(), await replica()];
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);
    await first.store.change<Club>(stream, actor, found(clubId, 'Epe', 'Jan Jansen'));
    await eventually(async () =>
      (await second.store.list<Club>('club', { city: 'Epe' })).length > 0 ? true : undefined,
    );

    await first.store.redact(stream, 'state.secretary');
    const here = (await first.store.list<Club>('club', { city: 'Epe' }))[0];
    const there = await eventually(async () => {
      const [club] = await second.store.list<Club>('club', { city: 'Epe' });
      return club && !('secretary' in club.state) ? club : undefined;
    });

    expect(here?.state).toEqual({ clubId, city: 'Epe' });
    expect(there.state).toEqual({ clubId, city: 'Epe' });
  });

  it("answers a query's one aggregate from memory, with the type's not-found error for one that does not exist", async () => {
    const [first, second] = [await replica(), await replica()];
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);
    await first.store.change<Club>(stream, actor, found(clubId, 'Urk'));
    await eventually(() => (second.heard() >= 1 ? true : undefined));

    const held = await second.store.held<Club>(stream);

    expect(held).toMatchObject({ stream, version: 1, state: { city: 'Urk' } });
    expect(await second.store.held<Club>(CLUBS.streamOf('club', nextClub()))).toBeUndefined();
  });

  it('still reads the commits of a type that is not kept', async () => {
    const { store } = await replica();
    const memberId = nextClub();
    await store.change<{ clubId: string }>(CLUBS.streamOf('member', memberId), actor, () => ({
      state: { clubId: 'c1' },
      events: [],
    }));

    const members = await store.list<{ clubId: string }>('member', { clubId: 'c1' });

    expect(members.map(({ stream }) => stream)).toContain(`member:${memberId}`);
  });
});
