// Generates the console's typed API clients: boots each service's real entry point (as `npm start` runs it, by
// path, so the console imports no service code) in the test namespace, reads its `/docs-json`, and turns it into
// TypeScript types with openapi-typescript. `write-openapi-clients.ts` writes them; a test checks they are current.
import { deleteTestTopics, messagingTestEnv, startService } from '@okr/messaging/testing';
import { uniqueName } from '@okr/service-kit/testing';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { CONSOLE_SERVICES, clientPath, type ConsoleService } from './client-files';

async function openApiDocumentOf(service: ConsoleService): Promise<unknown> {
  const name = uniqueName(service);
  const env = messagingTestEnv(service, {
    LOG_LEVEL: 'silent',
    IDEMPOTENCY_KEY_PREFIX: `test:${name}:idempotency`,
    // Monitoring reads no topic of anyone else while it is only asked for its document.
    MONITORING_REDIS_PREFIX: `test:${name}`,
    MONITORING_TOPIC_PATTERN: '^test\\.none-[0-9a-f]+$',
  });
  const started = await startService(`services/${service}/src/main.ts`, {
    env,
    readyPath: '/docs-json',
    timeoutMs: 120_000,
  });
  try {
    const response = await fetch(`${started.baseUrl}/docs-json`);
    return (await response.json()) as unknown;
  } finally {
    await started.stop();
    await deleteTestTopics(env['KAFKA_TOPIC_PREFIX'] ?? '');
  }
}

/** The TypeScript text of one service's client types, formatted as the repository formats code. */
async function clientTypesOf(service: ConsoleService): Promise<string> {
  const document = await openApiDocumentOf(service);
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    // Query and path parameters the service declares optional stay optional; responses are exact.
    alphabetize: true,
  });
  const header = `// Generated from the ${service} service's OpenAPI document by \`npm run console:clients\`; do not edit.\n`;
  const path = clientPath(service);
  const options = (await resolveConfig(path)) ?? {};
  return format(header + astToString(ast), { ...options, filepath: path });
}

/** Every service's client types, generated from the services as they are now. */
export async function generateClients(): Promise<Map<ConsoleService, string>> {
  const generated = new Map<ConsoleService, string>();
  // One after the other: five service boots at once would crowd a small machine and its shared broker.
  for (const service of CONSOLE_SERVICES) {
    generated.set(service, await clientTypesOf(service));
  }
  return generated;
}
