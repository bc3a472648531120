import { assertNoFuzzFailures, describeFuzzReport, fuzzOpenApi } from '@okr/service-kit/testing';
import { type EnrolmentApp, startEnrolment } from './enrolment-app';

describe('the enrolment API under Schemathesis', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    // The run is about answers to any input, not outages: a slow Redis on a busy machine must not answer 503.
    service = await startEnrolment({ REDIS_COMMAND_TIMEOUT_MS: '5000' });
  });

  afterAll(async () => {
    await service.close();
  });

  it('answers valid and invalid generated requests without a 5xx and only as its OpenAPI document says', async () => {
    // Schemathesis cannot write an application/x-ndjson body; imports.component.spec.ts covers that route.
    const report = await fuzzOpenApi(service.app, { skipOperationIds: ['ImportsHttpController_start'] });
    process.stdout.write(`${describeFuzzReport('enrolment', report)}\n`);

    assertNoFuzzFailures(report);
  }, 180_000);
});
