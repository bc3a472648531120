import { defineEvent } from '@okr/contracts';
import { IsOptional, IsString, MinLength } from 'class-validator';
import mongoose, { type Connection } from 'mongoose';
import {
  AggregateStore,
  AlreadyAppliedError,
  type Commit,
  CommitStore,
  defineAggregates,
  type DomainEventOf,
} from '../src';
import { testDatabase } from '../src/testing';

class ClubFoundedData {
  @IsString()
  @MinLength(1)
  clubId!: string;

  @IsString()
  city!: string;

  @IsOptional()
  @IsString()
  secretary?: string;
}

class MemberJoinedData {
  @IsString()
  clubId!: string;

  @IsString()
  memberId!: string;
}

const CLUB_EVENTS = {
  ClubFounded: defineEvent({
    type: 'ClubFounded',
    version: 1,
    topic: 'test.aggregate-store',
    description: 'A club was founded.',
    subject: 'the club id',
    dataClass: ClubFoundedData,
  }),
  MemberJoined: defineEvent({
    type: 'MemberJoined',
    version: 1,
    topic: 'test.aggregate-store',
    description: 'A member joined a club.',
    subject: 'the club id',
    dataClass: MemberJoinedData,
  }),
} as const;
type ClubEvent = DomainEventOf<typeof CLUB_EVENTS>;

class ClubNotFoundError extends Error {
  readonly code = 'CLUB.NOT_FOUND';
  constructor(readonly clubId: string) {
    super(`No club ${clubId}`);
  }
}

const CLUBS = defineAggregates({
  events: CLUB_EVENTS,
  subjectOf: (event) => event.data.clubId,
  types: {
    club: { name: 'club', stream: 'club', notFound: (id) => new ClubNotFoundError(id), listedBy: ['city'] },
  },
});

interface Club {
  clubId: string;
  city: string;
  members: string[];
  secretary?: string;
}

function found(clubId: string, city: string, secretary?: string): { state: Club; events: ClubEvent[] } {
  return {
    state: { clubId, city, members: [], ...(secretary ? { secretary } : {}) },
    events: [{ type: 'ClubFounded', data: { clubId, city } }],
  };
}

describe('AggregateStore on the MongoDB-compatible server', () => {
  let connection: Connection;
  let commits: CommitStore;
  let store: AggregateStore;
  const actor = { command: 'test', actor: 'tester' };
  let sequence = 0;
  const nextClub = (): string => `c${Date.now().toString(36)}${(sequence += 1)}`;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017', {
        dbName: testDatabase('aggregate_store'),
      })
      .asPromise();
    commits = new CommitStore(connection, 'aggregate-store-test');
    store = new AggregateStore(commits, CLUBS, { referenceMaxAgeMs: 60_000 });
    await commits.ensureIndexes();
    await store.ensureIndexes();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('commits the decided state with its events under their contracts, keyed by the configured subject', async () => {
    const clubId = nextClub();

    const club = await store.change<Club>(CLUBS.streamOf('club', clubId), actor, () =>
      found(clubId, 'Zwolle'),
    );

    expect(club).toMatchObject({ stream: `club:${clubId}`, version: 1, state: { city: 'Zwolle' } });
    const [commit] = await store.history<Club>(club.stream);
    expect(commit).toMatchObject({ aggregateType: 'club', command: 'test', actor: 'tester' });
    expect(commit?.events.map(({ topic, envelope }) => [topic, envelope.type, envelope.subject])).toEqual([
      ['test.aggregate-store', 'ClubFounded', clubId],
    ]);
  });

  it('answers the aggregate as it is when the decision changes nothing', async () => {
    const stream = CLUBS.streamOf('club', nextClub());
    await store.change<Club>(stream, actor, () => found(stream.slice(5), 'Deventer'));

    const unchanged = await store.change<Club>(stream, actor, () => undefined);

    expect(unchanged).toMatchObject({ version: 1, state: { city: 'Deventer' } });
  });

  it('throws the not-found error its configuration names for an aggregate that does not exist', async () => {
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);

    await expect(store.require(stream)).rejects.toEqual(new ClubNotFoundError(clubId));
    await expect(store.requireReference(stream)).rejects.toBeInstanceOf(ClubNotFoundError);
    await expect(store.change(stream, actor, () => undefined)).rejects.toBeInstanceOf(ClubNotFoundError);
    expect(await store.load(stream)).toBeUndefined();
  });

  it('refuses a stream of no configured aggregate type', async () => {
    await expect(store.change('team:1', actor, () => undefined)).rejects.toThrow('no aggregate type');
  });

  it('applies the effect of one consumed event on a stream once', async () => {
    const stream = CLUBS.streamOf('club', nextClub());
    await store.change<Club>(stream, actor, () => found(stream.slice(5), 'Kampen'));
    const join = { ...actor, causationKey: `test.group:event-1:${stream}` };
    const decide = (current: Club | undefined) =>
      current && {
        state: { ...current, members: [...current.members, 'm1'] },
        events: [
          { type: 'MemberJoined', data: { clubId: current.clubId, memberId: 'm1' } } satisfies ClubEvent,
        ],
      };

    await store.change<Club>(stream, join, decide);
    const again = store.change<Club>(stream, join, decide);

    await expect(again).rejects.toBeInstanceOf(AlreadyAppliedError);
    expect((await store.require<Club>(stream)).state.members).toEqual(['m1']);
  });

  it('lists the latest state of each aggregate of a type, narrowed by a field it is listed by', async () => {
    const city = `Stad-${nextClub()}`;
    const [first, second] = [nextClub(), nextClub()];
    await store.change<Club>(CLUBS.streamOf('club', first), actor, () => found(first, city));
    await store.change<Club>(CLUBS.streamOf('club', second), actor, () => found(second, city));
    await store.change<Club>(CLUBS.streamOf('club', first), actor, (current) =>
      current ? { state: { ...current, members: ['m2'] }, events: [] } : undefined,
    );

    const listed = await store.list<Club>('club', { city });

    expect(listed.map(({ state, version }) => [state.clubId, version, state.members])).toEqual([
      [second, 1, []],
      [first, 2, ['m2']],
    ]);
  });

  it('lists a commit stored without its moment first, with an invalid changedAt, instead of failing the list', async () => {
    const city = `Stad-${nextClub()}`;
    const [dated, undated] = [nextClub(), nextClub()];
    await store.change<Club>(CLUBS.streamOf('club', dated), actor, () => found(dated, city));
    const stream = CLUBS.streamOf('club', undated);
    // As a hand-made migration may have left it: no committedAt.
    await commits.commits.insertOne({
      _id: `${stream}#1`,
      stream,
      aggregateType: 'club',
      version: 1,
      state: { clubId: undated, city, members: [] },
      events: [],
      causationKey: `${stream}#1`,
      published: true,
    } as unknown as Commit);

    const listed = await store.list<Club>('club', { city });

    expect(listed.map(({ state }) => state.clubId)).toEqual([undated, dated]);
    expect(listed[0]?.changedAt.getTime()).toBeNaN();
  });

  it('refuses to list by a field the configuration does not name as fixed', async () => {
    await expect(store.list('club', { secretary: 'x' })).rejects.toThrow('not listed by secretary');
  });

  it('removes a field from every version of a stream when it is redacted', async () => {
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);
    await store.change<Club>(stream, actor, () => found(clubId, 'Ommen', 'Jolanda Zwart'));
    await store.change<Club>(stream, actor, (current) =>
      current ? { state: { ...current, members: ['m3'] }, events: [] } : undefined,
    );
    // As the relay does once it sent the founding event: only published versions are redacted.
    await commits.markers.deleteMany({ stream });

    const redacted = await store.redact(stream, 'state.secretary');

    expect(redacted).toBe(2);
    expect((await store.history<Club>(stream)).map((commit) => commit.state.secretary)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('serves a reference fact from memory, and the latest state to a plain load', async () => {
    const clubId = nextClub();
    const stream = CLUBS.streamOf('club', clubId);
    await store.change<Club>(stream, actor, () => found(clubId, 'Hattem'));
    await store.loadReference<Club>(stream);
    // Another replica changes the club; this one has not heard of it.
    const elsewhere = new AggregateStore(new CommitStore(connection, 'aggregate-store-test'), CLUBS);
    await elsewhere.change<Club>(stream, actor, (current) =>
      current ? { state: { ...current, city: 'Elburg' }, events: [] } : undefined,
    );

    const reference = await store.loadReference<Club>(stream);
    const latest = await store.load<Club>(stream);

    expect(reference?.state.city).toBe('Hattem');
    expect(latest?.state.city).toBe('Elburg');
  });
});
