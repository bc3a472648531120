import { eventually } from '@okr/messaging/testing';
import {
  createTopics,
  EventWriter,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  testBus,
  type TestTopics,
} from './support/monitoring-app';
import { nextBrin, schoolEnrolled } from './support/platform-events';

const TRAJECTORY = '/kpis/improvement-culture.schools-in-trajectory';

interface Lag {
  groupId: string;
  caughtUp: boolean;
  eventsProcessed: number;
}

// Moves the (idle) group's committed offsets to the end of every partition of the topic.
async function commitToEnd(groupId: string, topics: TestTopics): Promise<void> {
  const admin = testBus.admin();
  try {
    const ends = await admin.partitionEnds([topics.topic()]);
    await admin.setGroupPositions(
      groupId,
      ends.map(({ topic, partition, high }) => ({ topic, partition, offset: high })),
    );
  } finally {
    await admin.close();
  }
}

describe('a restart from a checkpoint', () => {
  const writer = new EventWriter();
  let topics: TestTopics | undefined;

  afterAll(async () => {
    await writer.close();
    if (topics) await removeTopics(topics);
  });

  it('reads the events after the checkpoint even when Kafka holds the group further on', async () => {
    topics = await createTopics(['main']);
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
        return trajectory;
      });
    } finally {
      await monitoring.close();
    }
  });
});
