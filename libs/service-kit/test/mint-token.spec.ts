import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { TokenVerifier } from '../src';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..', '..');
const secret = 'a-development-secret-of-sufficient-length';

function mint(...args: string[]) {
  return run('npm', ['run', '--silent', 'token', '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, JWT_SECRET: secret },
  });
}

describe('npm run token', () => {
  it('mints a development token that carries the requested roles and subject', async () => {
    const { stdout } = await mint('helpdesk', 'pillar-team:enrolment', '--sub', 'anna');

    const principal = await new TokenVerifier({ secret }).principalOf(stdout.trim());

    expect(principal).toEqual({ subject: 'anna', roles: ['helpdesk', 'pillar-team:enrolment'] });
  });

  it('mints a token for the lifetime asked with --ttl', async () => {
    const { stdout } = await mint('helpdesk', '--ttl', '2h');

    const { iat, exp } = decodeJwt(stdout.trim());

    expect(exp !== undefined && iat !== undefined ? exp - iat : undefined).toBe(7_200);
  });

  it('refuses a --ttl longer than the maximum lifetime services accept', async () => {
    await expect(
      run('npm', ['run', '--silent', 'token', '--', 'helpdesk', '--ttl', '2h'], {
        cwd: repoRoot,
        env: { ...process.env, JWT_SECRET: secret, JWT_MAX_LIFETIME_SECONDS: '3600' },
      }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('longer than JWT_MAX_LIFETIME_SECONDS (3600)'),
    });
  });

  it('refuses a role the platform does not know', async () => {
    await expect(mint('superuser')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown role "superuser"'),
    });
  });
});
