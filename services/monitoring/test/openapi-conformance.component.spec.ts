import { eventually } from '@okr/messaging/testing';
import { openApiConformanceOf, type OpenApiConformance } from '@okr/service-kit/testing';
import type { Response } from 'supertest';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import {
  conversationHeld,
  inquiryReceived,
  nextBrin,
  pilotYear,
  schoolRegistered,
  schoolWithdrew,
  unknownEvents,
} from './support/platform-events';

describe("the monitoring API's answers against its OpenAPI document", () => {
  let topics: TestTopics;
  let monitoring: MonitoringApp;
  let conformance: OpenApiConformance;
  const writer = new EventWriter();

  beforeAll(async () => {
    topics = await createTopics();
    monitoring = await startMonitoring(monitoringEnv(topics));
    conformance = await openApiConformanceOf(monitoring.app);
  });

  afterAll(async () => {
    await writer.close();
    await monitoring.close();
    await removeTopics(topics);
  });

  it('answers every read of KPIs, funnel, equal access, rounds, reports, lag and rebuild status as documented', async () => {
    const brin = nextBrin();
    const enrolments = pilotYear();
    await writer.send(topics.topic(), [
      schoolRegistered(brin, 'PO', { weakPerforming: true }),
      inquiryReceived('0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e01', brin, '2024-03-04T09:00:00Z'),
      conversationHeld('0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e01', brin, '2024-03-11'),
      ...enrolments,
      schoolWithdrew(enrolments[0]?.subject ?? brin, 'groeikracht', 'PO'),
    ]);
    await writer.sendRaw(topics.topic(), unknownEvents(2));
    const reader = await monitoring.as('admin');
    await eventually(async () => {
      const lag = await reader.get('/health/lag');
      expect(lag.status).toBe(200);
      expect((lag.body as { eventsProcessed: number }).eventsProcessed).toBeGreaterThan(25);
      return lag.body as unknown;
    });

    const answers: Response[] = [];
    for (const path of [
      '/kpis',
      '/kpis/improvement-culture.schools-in-trajectory',
      '/kpis/no-such.kpi',
      '/funnel',
      '/equal-access',
      '/subsidy-rounds',
      '/participation',
      '/ignored-events',
      '/reports/quarterly/2024-Q2',
      '/reports/quarterly/2024-Q2?format=csv',
      '/reports/quarterly/not-a-quarter',
      '/health/lag',
      '/admin/rebuild',
      '/metrics',
    ]) {
      answers.push(await reader.get(path));
    }
    const kpis = (answers[0]?.body as { kpis: Array<{ id: string }> }).kpis;
    for (const { id } of kpis) answers.push(await reader.get(`/kpis/${id}`));

    expect(answers.map((answer) => answer.status).slice(0, 14)).toEqual([
      200, 200, 404, 200, 200, 200, 200, 200, 200, 200, 400, 200, 200, 200,
    ]);
    expect(answers.flatMap((answer) => conformance.problemsOf(answer))).toEqual([]);
  });
});
