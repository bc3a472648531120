import { assertNoFuzzFailures, describeFuzzReport, fuzzOpenApi } from '@okr/service-kit/testing';
import { type KnowledgeApp, startKnowledge } from './knowledge-app';

describe('the knowledge API under Schemathesis', () => {
  let service: KnowledgeApp;

  beforeAll(async () => {
    // The run is about answers to any input, not outages: a slow Redis on a busy machine must not answer 503.
    service = await startKnowledge({ REDIS_COMMAND_TIMEOUT_MS: '5000' });
  });

  afterAll(async () => {
    await service.close();
  });

  it('answers valid and invalid generated requests without a 5xx and only as its OpenAPI document says', async () => {
    const report = await fuzzOpenApi(service.app);
    process.stdout.write(`${describeFuzzReport('knowledge', report)}\n`);

    assertNoFuzzFailures(report);
  }, 180_000);
});
