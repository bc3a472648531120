import { assertNoFuzzFailures, describeFuzzReport, fuzzOpenApi } from '@okr/service-kit/testing';
import { type LabsApp, startLabs } from './labs-app';

describe('the labs API under Schemathesis', () => {
  let service: LabsApp;

  beforeAll(async () => {
    // The run is about answers to any input, not outages: a slow Redis on a busy machine must not answer 503.
    service = await startLabs({ REDIS_COMMAND_TIMEOUT_MS: '5000' });
  });

  afterAll(async () => {
    await service.close();
  });

  it('answers valid and invalid generated requests without a 5xx and only as its OpenAPI document says', async () => {
    const report = await fuzzOpenApi(service.app);
    process.stdout.write(`${describeFuzzReport('labs', report)}\n`);

    assertNoFuzzFailures(report);
  }, 180_000);
});
