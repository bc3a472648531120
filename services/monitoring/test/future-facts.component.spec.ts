import { randomUUID } from 'node:crypto';
import { addDays, dayOf, ExpertCoachTrainedV1 } from '@okr/contracts';
import { exampleOf } from '@okr/contracts/testing';
import { eventually } from '@okr/messaging/testing';
import { ShiftedClock } from '@okr/service-kit/testing';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import { nextBrin, schoolRegistered } from './support/platform-events';

interface Kpi {
  figures: { total: { value: number | null } };
}

describe('a KPI fact dated after today, from events on Kafka', () => {
  const clock = new ShiftedClock();
  let topics: TestTopics;
  let monitoring: MonitoringApp;
  const writer = new EventWriter();

  beforeAll(async () => {
    topics = await createTopics(['enrolment']);
    monitoring = await startMonitoring(monitoringEnv(topics), { clock });
  });

  afterAll(async () => {
    await writer.close();
    await monitoring.close();
    await removeTopics(topics);
  });

  it('is not counted before its day, and is counted once the day comes without another event', async () => {
    const brin = nextBrin();
    const tomorrow = addDays(dayOf(new Date()), 1);
    await writer.send(topics.topic('enrolment'), [
      {
        contract: ExpertCoachTrainedV1,
        subject: brin,
        data: exampleOf(ExpertCoachTrainedV1, { coachId: randomUUID(), brin, trainedOn: tomorrow }),
      },
      // Sent after the coach on the same key: once it shows, the coach was read too.
      schoolRegistered(brin, 'PO'),
    ]);
    const coaches = async (): Promise<number | null> =>
      (await monitoring.read<Kpi>('/kpis/improvement-culture.trained-expert-coaches')).figures.total.value;

    await eventually(async () => {
      const { registeredTotal } = await monitoring.read<{ registeredTotal: number }>('/equal-access');
      expect(registeredTotal).toBe(1);
      return registeredTotal;
    });
    expect(await coaches()).toBe(0);

    clock.shiftDays(1);
    const counted = await eventually(async () => {
      const value = await coaches();
      expect(value).toBe(1);
      return value;
    });
    expect(counted).toBe(1);
  });
});
