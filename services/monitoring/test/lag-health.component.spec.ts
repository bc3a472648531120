import { eventually } from '@okr/messaging/testing';
import {
  addTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
  testTopics,
} from './support/monitoring-app';
import { nextBrin, schoolEnrolled } from './support/platform-events';

interface Lag {
  caughtUp: boolean;
  totalLag: number;
  eventsProcessed: number;
  topics: string[];
  unreadTopics: string[];
}

describe('/health/lag before the topics it should read are read', () => {
  const writer = new EventWriter();
  const made: TestTopics[] = [];
  let monitoring: MonitoringApp | undefined;

  afterEach(async () => {
    await monitoring?.close();
    monitoring = undefined;
  });

  afterAll(async () => {
    await writer.close();
    for (const topics of made) await removeTopics(topics);
  });

  it('is not caught up while no topic to read exists, nor while a new one waits for the next scan', async () => {
    const topics = testTopics();
    made.push(topics);
    // A long scan interval keeps the new topic unread for the whole test: only the lag measurement sees it.
    monitoring = await startMonitoring(monitoringEnv(topics, { MONITORING_TOPIC_SCAN_MS: '600000' }));
    const app = monitoring;

    const beforeAnyTopic = await eventually(() => app.read<Lag>('/health/lag'));
    expect(beforeAnyTopic).toMatchObject({ caughtUp: false, topics: [], unreadTopics: [], totalLag: 0 });

    await addTopics(topics, ['late']);
    await writer.send(topics.topic('late'), [schoolEnrolled(nextBrin(), 'groeikracht', 'PO')]);
    const waiting = await eventually(async () => {
      const lag = await app.read<Lag>('/health/lag');
      expect(lag.unreadTopics).toEqual([topics.topic('late')]);
      return lag;
    });

    expect(waiting).toMatchObject({ caughtUp: false, eventsProcessed: 0, topics: [] });
  });

  it('is caught up once it has read every matching topic to its end, and not before', async () => {
    const topics = testTopics();
    made.push(topics);
    await addTopics(topics, ['main']);
    await writer.send(topics.topic('main'), [schoolEnrolled(nextBrin(), 'groeikracht', 'PO')]);
    monitoring = await startMonitoring(monitoringEnv(topics));
    const app = monitoring;
    const answers: Lag[] = [];

    await eventually(async () => {
      const lag = await app.read<Lag>('/health/lag');
      answers.push(lag);
      expect(lag.caughtUp).toBe(true);
      return lag;
    });

    expect(answers.filter((lag) => lag.caughtUp && lag.eventsProcessed < 1)).toEqual([]);
    expect(answers.at(-1)).toMatchObject({ topics: [topics.topic('main')], unreadTopics: [], totalLag: 0 });
  });
});
