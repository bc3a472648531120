import { dayOf, schoolYearOf } from '@okr/contracts';
import {
  eventually,
  startService,
  testDatabase,
  testRedisPrefix,
  type StartedService,
} from '@okr/messaging/testing';
import { testEnv, tokenFor } from '@okr/service-kit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicationIdFor, nameBasedId } from '../src/infrastructure/enrolment.aggregates';
import { type Caller, type EnrolmentApp, startEnrolment } from './enrolment-app';

// Monitoring is another project: its real entry point runs as a child process that reads this test's enrolment
// topic, and is read through its HTTP API only.
const MONITORING_MAIN = 'services/monitoring/test/fixtures/monitoring.main.ts';
const EXAMPLE = readFileSync(join(__dirname, '../../../docs/import-example.ndjson'), 'utf8');

// The example's history (docs/import-example.ndjson): both schools asked in January 2023 (school year
// 2022-2023), applied in March, one was granted on 2023-05-01 and completed its trajectory in June 2024.
const ROUND_ID = nameBasedId('import', 'round-2023-2024');
const GRANTED = applicationIdFor('12AB', 'groeikracht', ROUND_ID, 0);
const REJECTED = applicationIdFor('34CD', 'taallab-participating', ROUND_ID, 0);

describe('a history imported, then read in every view', () => {
  let enrolment: EnrolmentApp;
  let monitoring: StartedService | undefined;
  let desk: Caller;

  beforeAll(async () => {
    enrolment = await startEnrolment();
    desk = await enrolment.as('helpdesk');
    const escaped = enrolment.topic('').replace(/[.]/g, '\\.');
    monitoring = await startService(MONITORING_MAIN, {
      env: testEnv({
        LOG_LEVEL: 'silent',
        MONGODB_DATABASE: testDatabase('monitoring'),
        REDIS_KEY_PREFIX: testRedisPrefix('monitoring'),
        MONITORING_REDIS_PREFIX: testRedisPrefix('monitoring'),
        MONITORING_TOPIC_PATTERN: `^${escaped}okr\\.[a-z][a-z0-9-]*\\.v[0-9]+$`,
        MONITORING_TOPIC_SCAN_MS: '1000',
        MONITORING_VIEW_FLUSH_MS: '50',
        MONITORING_CHECKPOINT_INTERVAL_MS: '300',
        MONITORING_LAG_INTERVAL_MS: '200',
        MONITORING_LEASE_MS: '3000',
      }),
    });
    const admin = await enrolment.as('admin');
    const started = await admin
      .post('/imports')
      .set('content-type', 'application/x-ndjson')
      .send(EXAMPLE)
      .expect(202);
    const report = await eventually(async () => {
      const progress = (await admin.get(started.headers['location'] as string)).body as { state: string };
      return progress.state === 'running' ? undefined : progress;
    });
    expect(report).toMatchObject({ state: 'finished', rows: { failed: 0 } });
  }, 120_000);

  afterAll(async () => {
    await monitoring?.kill();
    await enrolment?.close();
  }, 60_000);

  it("shows the school's timeline on the days things happened", async () => {
    const timeline = await desk.get('/schools/12AB/timeline').expect(200);

    const days = (timeline.body.entries as { on: string; kind: string }[]).map(({ on, kind }) => [kind, on]);
    expect(days).toEqual(
      expect.arrayContaining([
        ['inquiry-received', '2023-01-16'],
        ['exploratory-conversation', '2023-01-20'],
        ['intake', '2023-02-10'],
        ['application-submitted', '2023-03-15'],
        ['application-granted', '2023-05-01'],
        ['participation-completed', '2024-06-28'],
      ]),
    );
  });

  it("lists the round's applications in the order they were submitted, not imported", async () => {
    const officer = await enrolment.as('subsidy-officer');

    const listed = await officer.get(`/subsidy-rounds/${ROUND_ID}/applications`).expect(200);

    expect((listed.body.items as { applicationId: string }[]).map((item) => item.applicationId)).toEqual([
      REJECTED,
      GRANTED,
    ]);
  });

  it('shows in the audit trail that each step was recorded today about a day in 2023', async () => {
    const trail = await desk.get(`/subsidy-applications/${GRANTED}/audit`).expect(200);

    const today = dayOf(new Date());
    expect(trail.body).toEqual([
      expect.objectContaining({ command: 'submit-application', happenedOn: '2023-03-15', recordedOn: today }),
      expect.objectContaining({ command: 'grant-application', happenedOn: '2023-05-01', recordedOn: today }),
    ]);
  });

  it("counts the history in monitoring's funnel of the school year it happened in", async () => {
    if (!monitoring) throw new Error('monitoring did not start');
    const { baseUrl } = monitoring;
    const authorization = await tokenFor(['monitoring']);
    type Funnel = { bySchoolYear?: Record<string, { steps: { step: string; count: number }[] }> };
    const countsOf = (funnel: Funnel, year: string) =>
      Object.fromEntries((funnel.bySchoolYear?.[year]?.steps ?? []).map(({ step, count }) => [step, count]));

    const funnel = await eventually(
      async () => {
        const response = await fetch(`${baseUrl}/funnel`, { headers: { authorization } });
        const body = (await response.json()) as Funnel;
        return countsOf(body, '2022-2023')['enrolments'] === 1 ? body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the imported enrolment in the 2022-2023 funnel' },
    );

    expect(countsOf(funnel, '2022-2023')).toEqual({
      inquiries: 2,
      conversations: 2,
      referrals: 2,
      'fit-intakes': 2,
      applications: 2,
      grants: 1,
      enrolments: 1,
    });
    expect(countsOf(funnel, schoolYearOf(new Date()))).toEqual({});
  });
});
