// `npm run console:clients`: regenerates apps/console/src/api/<service>.d.ts from the services' OpenAPI documents.
// With --print it writes nothing and prints them as JSON ({ service: text }) for the staleness test, which runs it
// as a child process because openapi-typescript loads ES modules that Jest's module system cannot.
import { writeFileSync } from 'node:fs';
import { clientPath } from './client-files';
import { generateClients } from './openapi-clients';

const printOnly = process.argv.includes('--print');

generateClients()
  .then((clients) => {
    if (printOnly) {
      process.stdout.write(JSON.stringify(Object.fromEntries(clients)));
      return;
    }
    for (const [service, text] of clients) {
      writeFileSync(clientPath(service), text);
      process.stdout.write(`wrote ${clientPath(service)}\n`);
    }
  })
  .catch((error: unknown) => {
    process.stderr.write(`console:clients: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
