import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { freePort, tokenFor } from '@okr/service-kit/testing';
import { createTopics, eventually, EventWriter, monitoringEnv } from './monitoring-app';
import { nextBrin, schoolEnrolled, schoolRegistered, type TestEvent } from './platform-events';

const repoRoot = join(__dirname, '..', '..', '..');
const serviceMain = join(__dirname, 'fixtures', 'monitoring.main.ts');

interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
  exited: Promise<void>;
}

async function startService(env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', serviceMain], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), SWC_NODE_PROJECT: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`the service exited before it was ready:\n${output}`);
      const response = await fetch(`${baseUrl}/health/ready`);
      expect(response.status).toBe(200);
    },
    60_000,
    200,
  );
  return { child, baseUrl, exited };
}

async function killHard(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
  await service.exited;
}

function unknownEvents(count: number): Array<{ key: string; value: string }> {
  return Array.from({ length: count }, () => ({
    key: 'lab-1',
    value: JSON.stringify({
      eventId: randomUUID(),
      type: 'LabOpened',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'labs',
      correlationId: randomUUID(),
      causationId: null,
      subject: 'lab-1',
      data: { labId: 'lab-1' },
    }),
  }));
}

describe('a monitoring process killed while it projects', () => {
  const writer = new EventWriter();
  const services: ServiceProcess[] = [];

  afterAll(async () => {
    await Promise.all(services.map(killHard));
    await writer.close();
  });

  it('neither loses nor double-counts an event after a restart', async () => {
    const topics = await createTopics(['main']);
    const env = monitoringEnv(topics, { LOG_LEVEL: 'warn' });
    const token = await tokenFor(['monitoring']);
    const schoolsInTrajectory = async (service: ServiceProcess): Promise<number> => {
      const response = await fetch(`${service.baseUrl}/kpis/improvement-culture.schools-in-trajectory`, {
        headers: { authorization: token },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { figures: { total: { value: number } } };
      return body.figures.total.value;
    };
    const projecting = async (service: ServiceProcess): Promise<{ epoch: number; totalLag: number }> => {
      const response = await fetch(`${service.baseUrl}/health/lag`, { headers: { authorization: token } });
      expect(response.status).toBe(200);
      return (await response.json()) as { epoch: number; totalLag: number };
    };
    const enrolments = (count: number): TestEvent[] =>
      Array.from({ length: count }, () => {
        const brin = nextBrin();
        return [schoolRegistered(brin, 'VO'), schoolEnrolled(brin, 'groeikracht', 'VO')];
      }).flat();

    const first = await startService(env);
    services.push(first);
    await writer.send(topics.topic(), enrolments(300));
    await eventually(async () => expect(await schoolsInTrajectory(first)).toBe(300));

    // Act: more events, and the process dies (as the OOM killer would kill it) while it reads them.
    // Unknown events are counted, not keyed: only state and positions checkpointed together keep that count exact.
    for (let batch = 0; batch < 10; batch += 1) {
      await writer.send(topics.topic(), enrolments(40));
      await writer.sendRaw(topics.topic(), unknownEvents(5));
    }
    await eventually(async () => expect(await schoolsInTrajectory(first)).toBeGreaterThan(300), 30_000, 20);
    const killedEpoch = (await projecting(first)).epoch;
    await killHard(first);

    // Assert: a new process (after the killed one's lease ran out) projects, and ends at exactly every
    // school once; what readers see never goes back on the way (the killed one may have published more than
    // it checkpointed).
    const second = await startService(env);
    services.push(second);
    const seen: number[] = [];
    await eventually(
      async () => {
        seen.push(await schoolsInTrajectory(second));
        const lag = await projecting(second);
        expect(lag.epoch).toBeGreaterThan(killedEpoch);
        expect(lag.totalLag).toBe(0);
      },
      60_000,
      50,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await schoolsInTrajectory(second)).toBe(700);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const ignored = await fetch(`${second.baseUrl}/ignored-events`, { headers: { authorization: token } });
    expect(((await ignored.json()) as { ignored: Record<string, number> }).ignored).toEqual({
      'LabOpened@1': 50,
    });
  });
});
