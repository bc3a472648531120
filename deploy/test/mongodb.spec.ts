import mongoose, { type Connection, Schema } from 'mongoose';
import { randomBytes } from 'node:crypto';

interface School {
  brin: string;
  name: string;
}

const schoolSchema = new Schema<School>({
  brin: { type: String, required: true, unique: true },
  name: { type: String, required: true },
});

describe('MongoDB-compatible server', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017', {
        dbName: `test_infra_${randomBytes(4).toString('hex')}`,
        serverSelectionTimeoutMS: 5_000,
      })
      .asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('writes and reads back a document through mongoose', async () => {
    const Schools = connection.model<School>('School', schoolSchema);
    await Schools.init();

    await Schools.create({ brin: '12AB', name: 'De Regenboog' });
    const found = await Schools.findOne({ brin: '12AB' }).lean();

    expect(found).toMatchObject({ brin: '12AB', name: 'De Regenboog' });
  });

  it('rejects a second document with the same value under a unique index', async () => {
    const Schools = connection.model<School>('School', schoolSchema);
    await Schools.init();
    await Schools.create({ brin: '34CD', name: 'Het Kompas' });

    await expect(Schools.create({ brin: '34CD', name: 'Een ander Kompas' })).rejects.toMatchObject({
      code: 11000,
    });
    expect(await Schools.countDocuments({ brin: '34CD' })).toBe(1);
  });

  it('lets exactly one of many concurrent inserts of the same unique key win', async () => {
    // The platform's concurrency control rests on this (docs/adr/0002): FerretDB 1.24 loses concurrent
    // updates, but enforces unique indexes on inserts.
    const Commits = connection.model(
      'Commit',
      new Schema({ stream: String, version: Number, writer: Number }).index(
        { stream: 1, version: 1 },
        { unique: true },
      ),
    );
    await Commits.init();

    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, writer) =>
        Commits.create({ stream: 'round-2024-2025', version: 1, writer }),
      ),
    );

    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    expect(
      attempts.filter(
        (attempt) => attempt.status === 'rejected' && (attempt.reason as { code?: number }).code === 11000,
      ),
    ).toHaveLength(9);
  });

  it('finds a document by _id through an index, not by reading the whole collection', async () => {
    // On FerretDB this rests on deploy/local/ferretdb/patches/0001; MongoDB answers with an IXSCAN/IDHACK plan.
    await connection
      .collection('lookups')
      .insertOne({ _id: 'school:12AB#1' as never, stream: 'school:12AB' });

    const plan = JSON.stringify(
      await connection.db!.command({ explain: { find: 'lookups', filter: { _id: 'school:12AB#1' } } }),
    );

    expect(plan).toMatch(/Index Scan|IXSCAN|IDHACK|EXPRESS_IXSCAN|CLUSTERED_IXSCAN/);
    expect(plan).not.toMatch(/Seq Scan|COLLSCAN/);
  });

  it('finds documents by a list of _ids through an index, not by reading the whole collection', async () => {
    // On FerretDB this rests on deploy/local/ferretdb/patches/0002: the outbox relay marks commits this way.
    const lookups = connection.collection<{ _id: string; stream: string }>('lookups-in');
    await lookups.insertMany([
      { _id: 'school:12AB#1', stream: 'school:12AB' },
      { _id: 'school:34CD#1', stream: 'school:34CD' },
    ]);
    const filter = { _id: { $in: ['school:12AB#1', 'school:34CD#1'] } };

    const plan = JSON.stringify(await connection.db!.command({ explain: { find: 'lookups-in', filter } }));

    expect(plan).toMatch(/Index Scan|IXSCAN|EXPRESS_IXSCAN|CLUSTERED_IXSCAN/);
    expect(plan).not.toMatch(/Seq Scan|COLLSCAN/);
    expect(await lookups.countDocuments(filter)).toBe(2);
  });
});
