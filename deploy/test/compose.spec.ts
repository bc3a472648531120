import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..');

function dockerComposeAvailable(): boolean {
  try {
    execFileSync('docker', ['compose', 'version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The compose file can only be checked where the Docker client exists; without it there is nothing to run.
const describeWithDocker = dockerComposeAvailable() ? describe : describe.skip;

describeWithDocker('docker-compose.yml', () => {
  it('is a valid compose file', async () => {
    await expect(run('docker', ['compose', 'config', '--quiet'], { cwd: repoRoot })).resolves.toMatchObject({
      stderr: '',
    });
  });
});
