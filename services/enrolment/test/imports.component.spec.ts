import { TOPICS } from '@okr/contracts';
import { CommitStore } from '@okr/messaging';
import { eventually, testDatabase, testKafka, testRedisPrefix } from '@okr/messaging/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_BODY_LIMIT_BYTES } from '../src/import/imports.http.controller';
import {
  ENROLMENT_AGGREGATES,
  participationIdFor,
  streams,
} from '../src/infrastructure/enrolment.aggregates';
import { anonymous, type Caller, type EnrolmentApp, schoolBody, startEnrolment } from './enrolment-app';

// The documented example: two schools' history of 2023–2025, 21 rows (docs/import-format.md).
const EXAMPLE = readFileSync(join(__dirname, '../../../docs/import-example.ndjson'), 'utf8');
const EXAMPLE_ROWS = EXAMPLE.trim().split('\n').length;

interface ImportBody {
  importId: string;
  state: string;
  failure?: string;
  dryRun: boolean;
  rows: { total: number; done: number; created: number; unchanged: number; failed: number };
  errors: { line: number; rowId?: string; code: string; fields?: { field: string }[] }[];
}

describe('importing the programme history', () => {
  let service: EnrolmentApp;
  let admin: Caller;

  beforeAll(async () => {
    service = await startEnrolment();
    admin = await service.as('admin');
  });

  afterAll(async () => {
    await service.close();
  });

  const commits = () => service.app.get(CommitStore).commits;

  const post = (caller: Caller, body: string, query = '') =>
    caller.post(`/imports${query}`).set('content-type', 'application/x-ndjson').send(body);

  /** Starts an import and waits until it has run through. */
  async function imported(body: string, dryRun: boolean): Promise<ImportBody> {
    const started = await post(admin, body, `?dryRun=${String(dryRun)}`).expect(202);
    expect(started.headers['location']).toBe(`/imports/${(started.body as ImportBody).importId}`);
    return eventually(async () => {
      const progress = (await admin.get(started.headers['location'] as string).expect(200))
        .body as ImportBody;
      return progress.state === 'running' ? undefined : progress;
    });
  }

  /** The messages on the service's enrolment topic, once the relay has published every commit. */
  async function publishedMessages(): Promise<number> {
    await eventually(async () =>
      (await commits().countDocuments({ published: false })) === 0 ? true : undefined,
    );
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(service.topic(TOPICS.enrolment));
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    } finally {
      await admin.disconnect();
    }
  }

  it('answers a dry run with every row it would record, and records nothing', async () => {
    const before = await commits().countDocuments();

    const report = await imported(EXAMPLE, true);

    expect(report).toMatchObject({
      state: 'finished',
      dryRun: true,
      rows: { total: EXAMPLE_ROWS, done: EXAMPLE_ROWS, created: EXAMPLE_ROWS, unchanged: 0, failed: 0 },
      errors: [],
    });
    expect(await commits().countDocuments()).toBe(before);
    expect(await commits().countDocuments({ causationKey: /^import:/ })).toBe(0);
  });

  it('reports every wrong row of a dry run with its line number, and records nothing', async () => {
    const lines = EXAMPLE.trim().split('\n');
    const file = [
      lines[0], // 1: a school, fine
      '{"id": "broken", "kind": "school", ', // 2: not JSON
      '', // 3: blank, skipped
      '{"id":"school-99ZZ","kind":"school","brin":"99ZZ"}', // 4: fields missing
      '{"id":"nothing","kind":"meeting"}', // 5: no such kind
      '{"id":"application-x","kind":"application","round":"no-such-round","brin":"12AB","activity":"groeikracht","requestedAmountCents":1,"motivation":"x"}', // 6
      lines[0], // 7: the same id again
      '{"id":"inquiry-late","kind":"inquiry","brin":"12AB","channel":"email","receivedAt":"2099-01-01T09:00:00Z"}', // 8: after today
      '{"id":"conversation-early","kind":"conversation","inquiry":"inquiry-ok","heldOn":"2023-01-01","notes":"x"}', // 9: names a later row
      '{"id":"inquiry-ok","kind":"inquiry","brin":"12AB","channel":"email","receivedAt":"2023-01-16T09:00:00Z"}', // 10: fine
      '{"id":"conversation-before","kind":"conversation","inquiry":"inquiry-ok","heldOn":"2023-01-02","notes":"x"}', // 11: before the inquiry came in
    ].join('\n');
    const before = await commits().countDocuments();

    const report = await imported(file, true);

    expect(report.rows).toEqual({ total: 10, done: 10, created: 2, unchanged: 0, failed: 8 });
    expect(report.errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 2, code: 'IMPORT.MALFORMED_ROW' },
      { line: 5, code: 'IMPORT.UNKNOWN_KIND' },
      { line: 7, code: 'IMPORT.DUPLICATE_ROW_ID' },
      { line: 4, code: 'REQUEST.VALIDATION_FAILED' },
      { line: 6, code: 'IMPORT.UNKNOWN_REFERENCE' },
      { line: 8, code: 'REQUEST.VALIDATION_FAILED' },
      { line: 9, code: 'IMPORT.UNKNOWN_REFERENCE' },
      { line: 11, code: 'INQUIRY.DATE_OUT_OF_ORDER' },
    ]);
    expect(report.errors.find((error) => error.line === 4)?.fields?.map((field) => field.field)).toContain(
      'name',
    );
    expect(report.errors.find((error) => error.line === 8)?.fields?.map((field) => field.field)).toEqual([
      'receivedAt',
    ]);
    expect(await commits().countDocuments()).toBe(before);
  });

  it('records a history once: a second run of the same file creates nothing and publishes nothing', async () => {
    const first = await imported(EXAMPLE, false);
    expect(first).toMatchObject({
      state: 'finished',
      rows: { total: EXAMPLE_ROWS, created: EXAMPLE_ROWS, unchanged: 0, failed: 0 },
    });
    const commitsAfterFirst = await commits().countDocuments();
    const messagesAfterFirst = await publishedMessages();

    const second = await imported(EXAMPLE, false);

    expect(second).toMatchObject({
      state: 'finished',
      rows: { total: EXAMPLE_ROWS, created: 0, unchanged: EXAMPLE_ROWS, failed: 0 },
      errors: [],
    });
    expect(await commits().countDocuments()).toBe(commitsAfterFirst);
    expect(await publishedMessages()).toBe(messagesAfterFirst);
  });

  it('finishes a run that stopped halfway when the same file is run again', async () => {
    // The example under other ids and schools, so that it is new to this database.
    const file = EXAMPLE.replace(/"(id|inquiry|round|application)":"/g, '"$1":"resumed-')
      .replace(/12AB/g, '56EF')
      .replace(/34CD/g, '78GH');
    const firstHalf = file.split('\n').slice(0, 12).join('\n');
    const before = await commits().countDocuments();
    await imported(firstHalf, false);

    const rerun = await imported(file, false);

    expect(rerun).toMatchObject({
      state: 'finished',
      rows: { total: EXAMPLE_ROWS, created: EXAMPLE_ROWS - 12, unchanged: 12, failed: 0 },
    });
    const all = await imported(file, false);
    expect(all.rows).toMatchObject({ created: 0, unchanged: EXAMPLE_ROWS });
    expect(await commits().countDocuments({ causationKey: /^import:resumed-/ })).toBe(EXAMPLE_ROWS);
    expect(await commits().countDocuments()).toBeGreaterThan(before);
  });

  it('publishes the normal events, dated by the days of the rows', async () => {
    await imported(EXAMPLE, false);
    const granted = await commits().findOne({ causationKey: 'import:grant-2023-001' });
    const applicationId = ENROLMENT_AGGREGATES.typeOf(granted?.stream ?? '').id;
    const enrolled = await commits().findOne({
      stream: streams.participation(participationIdFor(applicationId)),
      version: 1,
    });

    expect(granted?.events.map((event) => event.envelope)).toEqual([
      expect.objectContaining({
        type: 'SubsidyGranted',
        data: expect.objectContaining({ decidedOn: '2023-05-01' }),
      }),
    ]);
    expect(enrolled?.events.map((event) => event.envelope)).toEqual([
      expect.objectContaining({
        type: 'SchoolEnrolled',
        data: expect.objectContaining({ enrolledOn: '2023-05-01' }),
      }),
    ]);
  });

  it('shows the import as running at once, with its rows counted', async () => {
    const started = await post(admin, EXAMPLE, '?dryRun=true').expect(202);

    expect(started.body).toMatchObject({ state: 'running', dryRun: true, rows: { total: EXAMPLE_ROWS } });
    await eventually(async () =>
      ((await admin.get(`/imports/${(started.body as ImportBody).importId}`)).body as ImportBody).state ===
      'finished'
        ? true
        : undefined,
    );
  });

  it('lets only an administrator import, or read an import', async () => {
    const desk = await service.as('helpdesk');

    expect(
      (
        await anonymous(service.app)
          .post('/imports')
          .set('content-type', 'application/x-ndjson')
          .send(EXAMPLE)
      ).status,
    ).toBe(401);
    expect((await post(desk, EXAMPLE)).status).toBe(403);
    expect((await desk.get('/imports/0b6f5a53-2d1e-4c1b-9a57-3f3e6f1f8a01')).status).toBe(403);
  });

  it('answers 404 for an import it does not know', async () => {
    const response = await admin.get('/imports/0b6f5a53-2d1e-4c1b-9a57-3f3e6f1f8a01').expect(404);

    expect(response.body).toMatchObject({ code: 'IMPORT.NOT_FOUND' });
  });

  it('refuses an empty file, a dryRun that is no boolean, and a body of another type', async () => {
    expect((await post(admin, '\n\n')).body).toMatchObject({ status: 400, code: 'IMPORT.EMPTY' });
    expect((await post(admin, EXAMPLE, '?dryRun=maybe')).body).toMatchObject({
      status: 400,
      code: 'REQUEST.VALIDATION_FAILED',
    });
    const json = await admin.post('/imports').set('content-type', 'application/json').send('{"id":"x"}');
    expect(json.status).toBe(415);
  });

  it(`refuses a file above ${IMPORT_BODY_LIMIT_BYTES} bytes with 413`, async () => {
    const line = `${'{"id":"x","kind":"school"}'.padEnd(1023)}\n`;
    const file = line.repeat(IMPORT_BODY_LIMIT_BYTES / 1024 + 1);

    const response = await post(admin, file);

    expect(response.body).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE' });
  });
});

describe('an import the service stopped in the middle of', () => {
  const database = testDatabase('enrolment');
  const redisPrefix = testRedisPrefix('enrolment');
  // Forty schools, each registered with an inquiry and a conversation: long enough to be stopped halfway.
  const file = Array.from({ length: 40 }, (_, index) => {
    const brin = `${String(20 + Math.floor(index / 26))}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[index % 26] ?? 'A'}Z`;
    return [
      JSON.stringify({
        id: `stop-school-${brin}`,
        kind: 'school',
        ...schoolBody(brin, { registeredOn: '2023-01-09' }),
      }),
      JSON.stringify({
        id: `stop-inquiry-${brin}`,
        kind: 'inquiry',
        brin,
        channel: 'email',
        receivedAt: '2023-01-16T09:00:00Z',
      }),
      JSON.stringify({
        id: `stop-talk-${brin}`,
        kind: 'conversation',
        inquiry: `stop-inquiry-${brin}`,
        heldOn: '2023-01-20',
        notes: 'Gesprek.',
      }),
    ].join('\n');
  }).join('\n');

  it('reports the run as failed, and a run of the same file on the next start finishes it', async () => {
    const env = { MONGODB_DATABASE: database, REDIS_KEY_PREFIX: redisPrefix };
    const first = await startEnrolment(env);
    const started = await (
      await first.as('admin')
    )
      .post('/imports')
      .set('content-type', 'application/x-ndjson')
      .send(file)
      .expect(202);
    await first.close();

    const next = await startEnrolment(env);
    try {
      const admin = await next.as('admin');
      const stopped = (await admin.get(started.headers['location'] as string).expect(200)).body as ImportBody;
      expect(stopped).toMatchObject({
        state: 'failed',
        failure: expect.stringContaining('run the same file again'),
      });
      expect(stopped.rows.done).toBeLessThan(120);

      const again = await admin
        .post('/imports')
        .set('content-type', 'application/x-ndjson')
        .send(file)
        .expect(202);
      const finished = await eventually(async () => {
        const progress = (await admin.get(again.headers['location'] as string)).body as ImportBody;
        return progress.state === 'running' ? undefined : progress;
      });

      expect(finished).toMatchObject({
        state: 'finished',
        rows: { total: 120, failed: 0, unchanged: stopped.rows.done },
      });
      expect(finished.rows.created).toBe(120 - stopped.rows.done);
    } finally {
      await next.close();
    }
  });
});
