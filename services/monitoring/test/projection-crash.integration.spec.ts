import { join } from 'node:path';
import { eventually, startService, type StartedService } from '@okr/messaging/testing';
import { tokenFor } from '@okr/service-kit/testing';
import {
  createTopics,
  EventWriter,
  monitoringEnv,
  removeTopics,
  type TestTopics,
} from './support/monitoring-app';
import {
  nextBrin,
  schoolEnrolled,
  schoolRegistered,
  type TestEvent,
  unknownEvents,
} from './support/platform-events';

const serviceMain = join(__dirname, 'fixtures', 'monitoring.main.ts');

/** The number of schools in a trajectory that a monitoring process's API shows now. */
async function trajectoryTotal(service: StartedService, token: string): Promise<number> {
  const response = await fetch(`${service.baseUrl}/kpis/improvement-culture.schools-in-trajectory`, {
    headers: { authorization: token },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { figures: { total: { value: number } } };
  return body.figures.total.value;
}

describe('a monitoring process killed while it projects', () => {
  const writer = new EventWriter();
  const services: StartedService[] = [];
  let topics: TestTopics | undefined;

  afterAll(async () => {
    await Promise.all(services.map((service) => service.kill()));
    await writer.close();
    if (topics) await removeTopics(topics);
  });

  it('neither loses nor double-counts an event after a restart', async () => {
    topics = await createTopics(['main']);
    const topic = topics.topic();
    const env = monitoringEnv(topics, { LOG_LEVEL: 'warn' });
    const token = await tokenFor(['monitoring']);
    const schoolsInTrajectory = (service: StartedService): Promise<number> => trajectoryTotal(service, token);
    const projecting = async (service: StartedService): Promise<{ epoch: number; totalLag: number }> => {
      const response = await fetch(`${service.baseUrl}/health/lag`, { headers: { authorization: token } });
      expect(response.status).toBe(200);
      return (await response.json()) as { epoch: number; totalLag: number };
    };
    const enrolments = (count: number): TestEvent[] =>
      Array.from({ length: count }, () => {
        const brin = nextBrin();
        return [schoolRegistered(brin, 'VO'), schoolEnrolled(brin, 'groeikracht', 'VO')];
      }).flat();

    const first = await startService(serviceMain, { env });
    services.push(first);
    await writer.send(topic, enrolments(300));
    await eventually(
      async () => {
        expect(await schoolsInTrajectory(first)).toBe(300);
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );

    // Act: more events, and the process dies (as the OOM killer would kill it) while it reads them.
    // Unknown events are counted, not keyed: only state and positions checkpointed together keep that count exact.
    for (let batch = 0; batch < 10; batch += 1) {
      await writer.send(topic, enrolments(40));
      await writer.sendRaw(topic, unknownEvents(5));
    }
    await eventually(
      async () => {
        expect(await schoolsInTrajectory(first)).toBeGreaterThan(300);
        return true;
      },
      { timeoutMs: 30_000, intervalMs: 20 },
    );
    const killedEpoch = (await projecting(first)).epoch;
    await first.kill();

    // Assert: a new process (after the killed one's lease ran out) projects, and ends at exactly every
    // school once; what readers see never goes back on the way (the killed one may have published more than
    // it checkpointed).
    const second = await startService(serviceMain, { env });
    services.push(second);
    const seen: number[] = [];
    await eventually(
      async () => {
        seen.push(await schoolsInTrajectory(second));
        const lag = await projecting(second);
        expect(lag.epoch).toBeGreaterThan(killedEpoch);
        expect(lag.totalLag).toBe(0);
        return lag;
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await schoolsInTrajectory(second)).toBe(700);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const ignored = await fetch(`${second.baseUrl}/ignored-events`, { headers: { authorization: token } });
    expect(((await ignored.json()) as { ignored: Record<string, number> }).ignored).toEqual({
      'LabOpened@1': 50,
    });
  });

  it('keeps what a process killed before its first checkpoint published, instead of starting over from zeros', async () => {
    const own = await createTopics(['main']);
    try {
      const topic = own.topic();
      const token = await tokenFor(['monitoring']);
      const schoolsInTrajectory = (service: StartedService): Promise<number> =>
        trajectoryTotal(service, token);
      // Checkpoints far apart: the first process dies having published its views and checkpointed nothing.
      const env = monitoringEnv(own, { LOG_LEVEL: 'warn' });
      const first = await startService(serviceMain, {
        env: { ...env, MONITORING_CHECKPOINT_INTERVAL_MS: '600000' },
      });
      services.push(first);
      await writer.send(
        topic,
        Array.from({ length: 200 }, () => {
          const brin = nextBrin();
          return [schoolRegistered(brin, 'PO'), schoolEnrolled(brin, 'groeikracht', 'PO')];
        }).flat(),
      );
      await eventually(
        async () => {
          expect(await schoolsInTrajectory(first)).toBe(200);
          return true;
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
      await first.kill();
      // More events after it: the next process reads them all from the start, having no checkpoint.
      for (let batch = 0; batch < 10; batch += 1) {
        await writer.send(
          topic,
          Array.from({ length: 300 }, () => {
            const brin = nextBrin();
            return [schoolRegistered(brin, 'VO'), schoolEnrolled(brin, 'groeikracht', 'VO')];
          }).flat(),
        );
      }

      // Views published seconds apart: whatever it publishes first stays long enough to be read.
      const second = await startService(serviceMain, {
        env: { ...env, MONITORING_VIEW_FLUSH_MS: '3000' },
      });
      services.push(second);
      const seen: number[] = [];
      await eventually(
        async () => {
          seen.push(await schoolsInTrajectory(second));
          expect(seen.at(-1)).toBe(3_200);
          return true;
        },
        { timeoutMs: 60_000, intervalMs: 20 },
      );

      // Until it has read as far as the topic reached when it started, readers see the killed process's figure.
      expect(seen[0]).toBe(200);
      expect(seen.at(-1)).toBe(3_200);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    } finally {
      await removeTopics(own);
    }
  });
});
