import { defineEvent } from '@okr/contracts';
import { RequestContext } from '@okr/service-kit';
import { uniqueName } from '@okr/service-kit/testing';
import { IsInt, Min } from 'class-validator';
import mongoose, { type Connection } from 'mongoose';
import {
  AlreadyAppliedError,
  CommitStore,
  ConcurrencyConflictError,
  pendingEvent,
  RedactionPendingError,
} from '../src';
import { testDatabase } from '../src/testing';

class PlaceGrantedData {
  @IsInt()
  @Min(1)
  place!: number;
}

const PlaceGranted = defineEvent({
  type: 'PlaceGranted',
  version: 1,
  topic: 'test.commit-store',
  description: 'A place in a round was granted.',
  subject: 'the round',
  dataClass: PlaceGrantedData,
});

interface Round {
  capacity: number;
  granted: string[];
}

class RoundFullError extends Error {}

describe('CommitStore on the MongoDB-compatible server', () => {
  let connection: Connection;
  let store: CommitStore;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017', {
        dbName: testDatabase('messaging'),
      })
      .asPromise();
    store = new CommitStore(connection, 'commit-store-test');
    await store.ensureIndexes();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('grants exactly the capacity when 50 requests race for 10 places, and refuses the rest', async () => {
    const stream = uniqueName('round');
    await store.append<Round>({
      stream,
      aggregateType: 'Round',
      expectedVersion: 0,
      state: { capacity: 10, granted: [] },
      events: [],
    });
    const grant = (school: string) =>
      store.transact<Round>(
        stream,
        'Round',
        (round) => {
          if (!round) throw new Error('no round');
          if (round.granted.length >= round.capacity)
            throw new RoundFullError(`round full; ${school} refused`);
          const place = round.granted.length + 1;
          return {
            state: { ...round, granted: [...round.granted, school] },
            events: [pendingEvent(PlaceGranted, stream, { place })],
          };
        },
        { maxAttempts: 100 },
      );

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) => grant(`school-${index}`)),
    );

    const granted = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(granted).toHaveLength(10);
    expect(refused.every((outcome) => outcome.reason instanceof RoundFullError)).toBe(true);
    const final = await store.latest<Round>(stream);
    expect(final?.version).toBe(11);
    expect(new Set(final?.state.granted).size).toBe(10);
    const places = (await store.history(stream)).flatMap((commit) =>
      commit.events.map((event) => (event.envelope.data as PlaceGrantedData).place),
    );
    expect(places).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }, 120_000);

  it('refuses a commit on a version another command already took', async () => {
    const stream = uniqueName('school');
    await store.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 0,
      state: { name: 'A' },
      events: [],
    });

    await expect(
      store.append({ stream, aggregateType: 'School', expectedVersion: 0, state: { name: 'B' }, events: [] }),
    ).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await store.latest<{ name: string }>(stream))?.state.name).toBe('A');
  });

  it('refuses the same effect of the same consumed event twice', async () => {
    const stream = uniqueName('enrolment');
    const causationKey = `okr.test:${uniqueName('event')}:${stream}`;
    const effect = () =>
      store.transact(
        stream,
        'Enrolment',
        (count: number | undefined) => ({ state: (count ?? 0) + 1, events: [] }),
        {
          causationKey,
        },
      );

    await effect();

    await expect(effect()).rejects.toBeInstanceOf(AlreadyAppliedError);
    expect((await store.latest<number>(stream))?.state).toBe(1);
  });

  it('keeps a stream’s commit times increasing when the writer’s clock is behind the previous writer’s', async () => {
    const stream = uniqueName('school');
    const first = await store.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 0,
      state: 1,
      events: [],
    });
    const aheadByAnHour = new Date(first.committedAt.getTime() + 3_600_000);

    const second = await store.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 1,
      state: 2,
      events: [],
      previousCommittedAt: aheadByAnHour,
    });
    const third = await store.transact(stream, 'School', (count: number | undefined) => ({
      state: (count ?? 0) + 1,
      events: [],
    }));

    expect(second.committedAt.getTime()).toBe(aheadByAnHour.getTime() + 1);
    expect(third?.committedAt.getTime()).toBe(aheadByAnHour.getTime() + 2);
  });

  it('stamps events with the correlation and causation of the work that caused them, and keeps who did it', async () => {
    const stream = uniqueName('round');

    const commit = await RequestContext.run(
      { correlationId: 'loket-2024-17', causationId: '0190a0b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b' },
      () =>
        store.append({
          stream,
          aggregateType: 'Round',
          expectedVersion: 0,
          state: {},
          events: [pendingEvent(PlaceGranted, stream, { place: 1 })],
          actor: 'subsidy-officer-jan',
        }),
    );

    expect(commit.events[0]?.envelope).toMatchObject({
      source: 'commit-store-test',
      correlationId: 'loket-2024-17',
      causationId: '0190a0b2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
      subject: stream,
    });
    expect((await store.history(stream))[0]).toMatchObject({ actor: 'subsidy-officer-jan' });
    expect(await store.isPending(commit)).toBe(true);
  });

  it('marks a commit with events as pending in the outbox, and a commit without events not at all', async () => {
    const stream = uniqueName('round');

    const withEvents = await store.append({
      stream,
      aggregateType: 'Round',
      expectedVersion: 0,
      state: { n: 1 },
      events: [pendingEvent(PlaceGranted, stream, { place: 1 })],
    });
    const withoutEvents = await store.append({
      stream,
      aggregateType: 'Round',
      expectedVersion: 1,
      state: { n: 2 },
      events: [],
    });

    expect(await store.markers.find({ stream }).toArray()).toEqual([
      { _id: `${stream}#1`, stream, version: 1, committedAt: withEvents.committedAt },
    ]);
    expect(await store.isPending(withEvents)).toBe(true);
    expect(await store.isPending(withoutEvents)).toBe(false);
    // Publishing never rewrites a commit: it holds no publication state of its own.
    expect((await store.history(stream)).map((commit) => 'published' in commit)).toEqual([false, false]);
  });

  it('leaves no marker behind when a redelivered event finds its effect committed already', async () => {
    const stream = uniqueName('round');
    const effect = (expectedVersion: number) => ({
      stream,
      aggregateType: 'Round',
      expectedVersion,
      state: { place: 1 },
      events: [pendingEvent(PlaceGranted, stream, { place: 1 })],
      causationKey: `welcome-group:${stream}:event-1`,
    });
    const committed = await store.append(effect(0));

    // The same event again, decided on the state after it (as a handler does after a redelivery).
    const redelivered = await store.append(effect(1)).catch((error: unknown) => error);

    expect(redelivered).toBeInstanceOf(AlreadyAppliedError);
    expect((await store.markers.find({ stream }).toArray()).map((marker) => marker._id)).toEqual([
      committed._id,
    ]);
  });

  it('marks a commit whose id already has a marker left by a crashed writer, and refuses the loser of a race', async () => {
    const stream = uniqueName('round');
    // As a writer leaves it that crashed between its marker and its commit.
    await store.markers.insertOne({ _id: `${stream}#1`, stream, version: 1, committedAt: new Date(0) });
    const decide = (place: number) => ({
      stream,
      aggregateType: 'Round',
      expectedVersion: 0,
      state: { place },
      events: [pendingEvent(PlaceGranted, stream, { place })],
    });

    const committed = await store.append(decide(1));
    const lost = await store.append(decide(2)).catch((error: unknown) => error);

    expect(lost).toBeInstanceOf(ConcurrencyConflictError);
    expect(await store.isPending(committed)).toBe(true);
    expect(await store.markers.countDocuments({ stream })).toBe(1);
    expect((await store.history(stream)).map((commit) => commit.state)).toEqual([{ place: 1 }]);
  });

  it("finds the latest commit of a long stream another process wrote, and sees that process's later commits", async () => {
    const stream = uniqueName('long');
    const writer = new CommitStore(connection, 'commit-store-test');
    for (let version = 0; version < 37; version += 1) {
      await writer.append({
        stream,
        aggregateType: 'Counter',
        expectedVersion: version,
        state: { n: version + 1 },
        events: [],
      });
    }
    const reader = new CommitStore(connection, 'commit-store-test');

    const found = await reader.latest<{ n: number }>(stream);
    await writer.append({
      stream,
      aggregateType: 'Counter',
      expectedVersion: 37,
      state: { n: 38 },
      events: [],
    });
    const afterMore = await reader.latestState<{ n: number }>(stream);
    const remembered = await reader.latestState<{ n: number }>(stream, 60_000);

    expect(found).toMatchObject({ version: 37, state: { n: 37 } });
    expect(afterMore).toMatchObject({ version: 38, state: { n: 38 } });
    expect(remembered?.version).toBe(38);
    expect(await reader.latest(uniqueName('absent'))).toBeUndefined();
  });

  it('serves a fact from memory within the age it is allowed, so a newer commit elsewhere goes unseen until then', async () => {
    const stream = uniqueName('school');
    const writer = new CommitStore(connection, 'commit-store-test');
    const reader = new CommitStore(connection, 'commit-store-test');
    await writer.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 0,
      state: { pupils: 90 },
      events: [],
    });
    await reader.latestState(stream);
    await writer.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 1,
      state: { pupils: 120 },
      events: [],
    });

    const withinAge = await reader.latestState<{ pupils: number }>(stream, 60_000);
    const fresh = await reader.latestState<{ pupils: number }>(stream, 0);

    expect(withinAge?.state.pupils).toBe(90);
    expect(fresh?.state.pupils).toBe(120);
  });

  it('reads a remembered fact again once another process announces a newer version of it', async () => {
    const stream = uniqueName('school');
    const writer = new CommitStore(connection, 'commit-store-test');
    const reader = new CommitStore(connection, 'commit-store-test');
    await writer.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 0,
      state: { pupils: 90 },
      events: [],
    });
    await reader.latestState(stream);
    await writer.append({
      stream,
      aggregateType: 'School',
      expectedVersion: 1,
      state: { pupils: 120 },
      events: [],
    });

    reader.forgetOlderThan(`${stream}#2`);
    const afterAnnouncement = await reader.latestState<{ pupils: number }>(stream, 60_000);

    expect(afterAnnouncement?.state.pupils).toBe(120);
  });

  it('decides a new stream without a lookup, and decides again on the stored state when it exists', async () => {
    const stream = uniqueName('application');
    const other = new CommitStore(connection, 'commit-store-test');
    await other.append({
      stream,
      aggregateType: 'Application',
      expectedVersion: 0,
      state: { live: true },
      events: [],
    });
    const seen: (boolean | undefined)[] = [];

    const result = await store.transact<{ live: boolean }>(
      stream,
      'Application',
      (current) => {
        seen.push(current?.live);
        return current ? undefined : { state: { live: true }, events: [] };
      },
      { expectNew: true },
    );

    expect(seen).toEqual([undefined, true]);
    expect(result).toBeUndefined();
  });

  it('removes a field from every version of a stream that holds it, and only from that stream', async () => {
    const stream = uniqueName('inquiry');
    const other = uniqueName('inquiry');
    const contact = { name: 'Jan de Vries' };
    await store.append({
      stream,
      aggregateType: 'Inquiry',
      expectedVersion: 0,
      state: { contact },
      events: [],
    });
    await store.append({
      stream,
      aggregateType: 'Inquiry',
      expectedVersion: 1,
      state: { contact, n: 2 },
      events: [],
    });
    await store.append({ stream, aggregateType: 'Inquiry', expectedVersion: 2, state: { n: 3 }, events: [] });
    await store.append({
      stream: other,
      aggregateType: 'Inquiry',
      expectedVersion: 0,
      state: { contact },
      events: [],
    });

    const redacted = await store.redact(stream, 'state.contact');

    expect(redacted).toBe(2);
    expect(JSON.stringify(await store.history(stream))).not.toContain('Jan de Vries');
    expect((await store.history(stream)).map((commit) => commit.state)).toEqual([{}, { n: 2 }, { n: 3 }]);
    expect(JSON.stringify(await store.history(other))).toContain('Jan de Vries');
  });
  it('redacts a version the relay has not published only once it is published', async () => {
    const stream = uniqueName('inquiry');
    const contact = { name: 'Els Bakker' };
    // An event makes the commit wait for the relay: it has a marker until the relay has sent the event.
    await store.append({
      stream,
      aggregateType: 'Inquiry',
      expectedVersion: 0,
      state: { contact },
      events: [pendingEvent(PlaceGranted, stream, { place: 1 })],
    });
    await store.append({ stream, aggregateType: 'Inquiry', expectedVersion: 1, state: { n: 2 }, events: [] });

    const redaction = store.redact(stream, 'state.contact', 5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(await store.history(stream))).toContain('Els Bakker');
    // As the relay does once Kafka acknowledged the event.
    await store.markers.deleteMany({ stream });

    expect(await redaction).toBe(1);
    expect(JSON.stringify(await store.history(stream))).not.toContain('Els Bakker');
  });

  it('reports the versions still unpublished when they stay so, and finishes when asked again later', async () => {
    const stream = uniqueName('inquiry');
    const contact = { name: 'Piet Jansen' };
    await store.append({
      stream,
      aggregateType: 'Inquiry',
      expectedVersion: 0,
      state: { contact },
      events: [],
    });
    await store.append({
      stream,
      aggregateType: 'Inquiry',
      expectedVersion: 1,
      state: { contact, n: 2 },
      events: [pendingEvent(PlaceGranted, stream, { place: 2 })],
    });

    const refused = await store.redact(stream, 'state.contact', 200).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(RedactionPendingError);
    expect((refused as RedactionPendingError).pendingVersions).toEqual([2]);
    const history = await store.history(stream);
    expect(history.map((commit) => JSON.stringify(commit.state).includes('Piet Jansen'))).toEqual([
      false,
      true,
    ]);

    await store.markers.deleteMany({ stream });
    expect(await store.redact(stream, 'state.contact', 200)).toBe(1);
    expect(JSON.stringify(await store.history(stream))).not.toContain('Piet Jansen');
  });

  it('waits, too, for a version written before markers until the relay marks it published, so that mark cannot undo it', async () => {
    const stream = uniqueName('inquiry');
    // As commits were stored before markers: pending is `published: false` on the commit, which the relay
    // then updates.
    await store.commits.insertOne({
      _id: `${stream}#1`,
      stream,
      aggregateType: 'Inquiry',
      version: 1,
      state: { contact: { name: 'Kees Smit' } },
      events: [],
      causationKey: `${stream}#1`,
      committedAt: new Date(),
      published: false,
    });

    const refused = await store.redact(stream, 'state.contact', 200).catch((error: unknown) => error);
    await store.commits.updateOne({ _id: `${stream}#1` }, { $set: { published: true } });
    const redacted = await store.redact(stream, 'state.contact', 200);

    expect((refused as RedactionPendingError).pendingVersions).toEqual([1]);
    expect(redacted).toBe(1);
    expect(JSON.stringify(await store.history(stream))).not.toContain('Kees Smit');
  });
});
