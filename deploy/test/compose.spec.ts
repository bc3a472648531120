import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..');

/** The parts of `docker compose config --format json` these tests read. */
interface ComposeConfig {
  services: Record<
    string,
    {
      image?: string;
      healthcheck?: { test?: string[]; disable?: boolean };
      build?: { dockerfile?: string; args?: Record<string, string> };
      depends_on?: Record<string, { condition?: string }>;
    }
  >;
}

// Only a missing binary counts as "no Docker client"; any other failure of docker must fail the tests below.
function dockerClientExists(): boolean {
  const { error } = spawnSync('docker', ['--version'], { stdio: 'ignore' });
  return !(error && 'code' in error && error.code === 'ENOENT');
}

/** Runs `docker compose <args>` in the repository root; DOCKER_CONFIG is inherited, so a plugin from .local/cache is found. */
async function dockerCompose(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    await run('docker', ['compose', 'version'], { cwd: repoRoot });
  } catch (error) {
    throw new Error(
      "'docker compose' is not available, so docker-compose.yml cannot be checked: run " +
        'deploy/local/compose/ensure-plugin.sh and export the DOCKER_CONFIG=… line it prints (npm test does both), ' +
        `or install the Docker Compose plugin.\n${String(error)}`,
    );
  }
  return run('docker', ['compose', ...args], { cwd: repoRoot });
}

// The only skip: without a Docker client there is nothing that could read the compose file. Where the client
// exists, a missing compose plugin fails the tests (ensure-plugin.sh builds it), so the check never silently lapses.
const describeWhereDockerExists = dockerClientExists() ? describe : describe.skip;

describeWhereDockerExists('docker-compose.yml', () => {
  it('passes docker compose config without errors or warnings', async () => {
    await expect(dockerCompose('config', '--quiet')).resolves.toMatchObject({ stderr: '' });
  });

  it('pins Kafka 4.x, MongoDB 7 and Redis 7 and gives each a healthcheck', async () => {
    const { stdout } = await dockerCompose('config', '--format', 'json');
    const { services } = JSON.parse(stdout) as ComposeConfig;

    expect({
      kafka: services['kafka']?.image,
      mongo: services['mongo']?.image,
      redis: services['redis']?.image,
    }).toEqual({
      kafka: expect.stringMatching(/^apache\/kafka:4\.\d+\.\d+$/),
      mongo: 'mongo:7',
      redis: 'redis:7',
    });

    // A healthcheck runs a command (CMD or CMD-SHELL); NONE or disable: true would leave depends_on without a signal.
    const healthcheckKinds = Object.fromEntries(
      ['kafka', 'mongo', 'redis'].map((name) => {
        const healthcheck = services[name]?.healthcheck;
        return [name, healthcheck?.disable ? 'disabled' : healthcheck?.test?.[0]];
      }),
    );
    expect(healthcheckKinds).toEqual({
      kafka: expect.stringMatching(/^CMD(-SHELL)?$/),
      mongo: expect.stringMatching(/^CMD(-SHELL)?$/),
      redis: expect.stringMatching(/^CMD(-SHELL)?$/),
    });
  });

  it('builds every service under services/ from the service Dockerfile, after the infrastructure is healthy', async () => {
    const { stdout } = await dockerCompose('config', '--format', 'json');
    const { services } = JSON.parse(stdout) as ComposeConfig;
    const built = readdirSync(join(repoRoot, 'services')).filter((name) =>
      existsSync(join(repoRoot, 'services', name, 'src', 'main.ts')),
    );

    expect(built).toContain('enrolment');
    for (const name of built) {
      expect(services[name]?.build).toMatchObject({
        dockerfile: 'deploy/docker/service.Dockerfile',
        args: { SERVICE: name },
      });
      expect(services[name]?.depends_on).toMatchObject({
        kafka: { condition: 'service_healthy' },
        mongo: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
    }
  });
});
