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
    topics = await createTopics();
    monitoring = await startMonitoring(monitoringEnv(topics));
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
