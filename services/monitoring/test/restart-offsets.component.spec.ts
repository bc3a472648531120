import { Kafka, logLevel } from 'kafkajs';
import {
  createTopics,
  eventually,
  EventWriter,
  monitoringEnv,
  startMonitoring,
  type TestTopics,
} from './monitoring-app';
import { nextBrin, schoolEnrolled } from './platform-events';

const TRAJECTORY = '/kpis/improvement-culture.schools-in-trajectory';

interface Lag {
  groupId: string;
  caughtUp: boolean;
  eventsProcessed: number;
}

const kafka = new Kafka({
  clientId: 'monitoring-tests',
  brokers: (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(','),
  logLevel: logLevel.NOTHING,
});

// Moves the (idle) group's committed offsets to the end of every partition of the topic.
async function commitToEnd(groupId: string, topics: TestTopics): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topics.topic());
    await admin.setOffsets({
      groupId,
      topic: topics.topic(),
      partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
    });
  } finally {
    await admin.disconnect();
  }
}

describe('a restart from a checkpoint', () => {
  const writer = new EventWriter();

  afterAll(() => writer.close());

  it('reads the events after the checkpoint even when Kafka holds the group further on', async () => {
    const topics = await createTopics(['main']);
    const env = monitoringEnv(topics);
    await writer.send(topics.topic(), [schoolEnrolled(nextBrin(), 'groeikracht', 'PO')]);
    let monitoring = await startMonitoring(env);
    const first = monitoring;
    const { groupId } = await eventually(async () => {
      const lag = await first.read<Lag>('/health/lag');
      expect(lag).toMatchObject({ caughtUp: true, eventsProcessed: 1 });
      return lag;
    });
    await monitoring.close(); // writes its last checkpoint: one event read
    // Two more events, and the group's offsets past them, as if a checkpoint holding them had been lost.
    await writer.send(topics.topic(), [
      schoolEnrolled(nextBrin(), 'groeikracht', 'PO'),
      schoolEnrolled(nextBrin(), 'groeikracht', 'VO'),
    ]);
    await commitToEnd(groupId, topics);

    monitoring = await startMonitoring(env);
    const second = monitoring;
    try {
      await eventually(async () => {
        const trajectory = await second.read<{ figures: { total: { value: number } } }>(TRAJECTORY);
        expect(trajectory.figures.total.value).toBe(3);
      });
    } finally {
      await monitoring.close();
    }
  });
});
