import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CONSOLE_SERVICES, clientPath } from '../scripts/client-files';

const REPO_ROOT = join(__dirname, '..', '..', '..');

// Boots each service (one after the other) to read its OpenAPI document.
jest.setTimeout(300_000);

/** What `npm run console:clients` would write now, from the services as they are. */
async function freshClients(): Promise<Record<string, string>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/console/scripts/write-openapi-clients.ts', '--print'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as Record<string, string>;
}

describe("the console's generated API clients", () => {
  it("match every service's OpenAPI document as it is now (else run npm run console:clients)", async () => {
    const fresh = await freshClients();
    expect(Object.keys(fresh).sort()).toEqual([...CONSOLE_SERVICES].sort());
    for (const service of CONSOLE_SERVICES) {
      // One assertion per service, so a failure names the stale file.
      expect({ service, text: readFileSync(clientPath(service), 'utf8') }).toEqual({
        service,
        text: fresh[service],
      });
    }
  });
});
