import { eventually } from '@okr/messaging/testing';
import { assertNoFuzzFailures, describeFuzzReport, fuzzOpenApi } from '@okr/service-kit/testing';
import {
  createTopics,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';

describe('the monitoring API under Schemathesis', () => {
  let topics: TestTopics;
  let monitoring: MonitoringApp;

  beforeAll(async () => {
    // The run is about answers to any input, not outages: a slow Redis on a busy machine must not answer 503, and
    // a lag report must not expire (it lives 5 × MONITORING_LAG_INTERVAL_MS) while a busy projector measures late.
    topics = await createTopics();
    monitoring = await startMonitoring(
      monitoringEnv(topics, { REDIS_COMMAND_TIMEOUT_MS: '5000', MONITORING_LAG_INTERVAL_MS: '5000' }),
    );
    // Until the projector has measured its lag once, /health/lag answers 503 no-projector, as documented.
    const admin = await monitoring.as('admin');
    await eventually(async () => ((await admin.get('/health/lag')).status === 200 ? true : undefined));
  });

  afterAll(async () => {
    await monitoring.close();
    await removeTopics(topics);
  });

  it('answers valid and invalid generated requests without a 5xx and only as its OpenAPI document says', async () => {
    const report = await fuzzOpenApi(monitoring.app);
    process.stdout.write(`${describeFuzzReport('monitoring', report)}\n`);

    assertNoFuzzFailures(report);
  }, 180_000);
});
