import {
  eventually,
  startService,
  testDatabase,
  testRedisPrefix,
  type StartedService,
} from '@okr/messaging/testing';
import { testEnv, tokenFor } from '@okr/service-kit/testing';
import { designedIntervention, onRoster, startedLab } from './lab-scenario';
import { type Caller, freshBrin, type LabsApp, startLabs } from './labs-app';

// Monitoring is another project: this test starts its real entry point (by path, as `npm start` does) as a
// child process that reads this test's labs topic, and reads its KPIs through its HTTP API only.
const MONITORING_MAIN = 'services/monitoring/test/fixtures/monitoring.main.ts';
const EFFECTIVE = 'co-creation-labs.effective-interventions';
const LABS_STARTED = 'co-creation-labs.labs-started';

describe('a pilot completed as effective', () => {
  let labs: LabsApp;
  let monitoring: StartedService | undefined;
  let team: Caller;

  beforeAll(async () => {
    labs = await startLabs();
    team = await labs.as('pillar-team:labs');
    const escaped = labs.topicPrefix.replace(/[.]/g, '\\.');
    monitoring = await startService(MONITORING_MAIN, {
      env: testEnv({
        LOG_LEVEL: 'silent',
        MONGODB_DATABASE: testDatabase('monitoring'),
        REDIS_KEY_PREFIX: testRedisPrefix('monitoring'),
        MONITORING_REDIS_PREFIX: testRedisPrefix('monitoring'),
        // Only this test's topics: the labs topic (and the enrolment topic the labs service consumes).
        MONITORING_TOPIC_PATTERN: `^${escaped}okr\\.[a-z][a-z0-9-]*\\.v[0-9]+$`,
        MONITORING_TOPIC_SCAN_MS: '1000',
        MONITORING_VIEW_FLUSH_MS: '50',
        MONITORING_CHECKPOINT_INTERVAL_MS: '300',
        MONITORING_LAG_INTERVAL_MS: '200',
        MONITORING_LEASE_MS: '3000',
      }),
    });
  }, 120_000);

  afterAll(async () => {
    await monitoring?.kill();
    await labs?.close();
  }, 60_000);

  async function kpiValue(id: string): Promise<number | null | undefined> {
    if (!monitoring) throw new Error('monitoring did not start');
    const response = await fetch(`${monitoring.baseUrl}/kpis/${id}`, {
      headers: { authorization: await tokenFor(['monitoring']) },
    });
    if (response.status !== 200) return undefined;
    return ((await response.json()) as { figures: { total: { value: number | null } } }).figures.total.value;
  }

  async function until(id: string, value: number): Promise<void> {
    await eventually(async () => ((await kpiValue(id)) === value ? true : undefined), {
      timeoutMs: 45_000,
      intervalMs: 250,
      what: `${id} to be ${value}`,
    });
  }

  it('moves the "effective interventions" KPI in monitoring', async () => {
    const labId = await startedLab(team);
    const { subProjectId, interventionId } = await designedIntervention(team, labId);
    const brins = [freshBrin(), freshBrin()];
    await onRoster(team, labId, [
      { brin: brins[0] ?? '', sector: 'PO' },
      { brin: brins[1] ?? '', sector: 'VO' },
    ]);
    const planned = await team
      .post(`/labs/${labId}/pilots`)
      .send({ subProjectId, interventionId, title: 'Pilot', brins, plannedStartOn: '2024-09-02' })
      .expect(201);
    const { pilotId } = planned.body as { pilotId: string };
    await team.post(`/pilots/${pilotId}/start`).send({ startedOn: '2024-09-09' }).expect(201);
    await team
      .post(`/pilots/${pilotId}/go-no-go`)
      .send({ decision: 'go', reasonCodes: ['promising-results'], decidedOn: '2025-01-15' })
      .expect(201);
    await team.post(`/pilots/${pilotId}/field-experiment`).send({ startedOn: '2025-02-01' }).expect(201);
    // Monitoring has read this lab's events (its start counts) and no intervention is effective yet.
    await until(LABS_STARTED, 1);
    expect(await kpiValue(EFFECTIVE)).toBe(0);

    await team
      .post(`/pilots/${pilotId}/completion`)
      .send({ result: 'effective', pupilResultsEffectSize: 0.24, completedOn: '2025-03-01' })
      .expect(201);

    await until(EFFECTIVE, 1);
  });
});
