// A cross-service flow: the knowledge and monitoring apps run in this one process on one test topic prefix,
// with real Kafka, FerretDB and Redis. The knowledge app is booted through its own test harness: crossing the
// project boundary is the point of this test, and it is crossed here only.
import { eventually } from '@okr/messaging/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a cross-service test boots the other service in-process
import {
  contentBody,
  type KnowledgeApp,
  productBody,
  startKnowledge,
} from '../../knowledge/test/knowledge-app';
import type { KpiDetail } from '../src/domain/views';
import { type MonitoringApp, monitoringEnv, startMonitoring } from './support/monitoring-app';

const GUIDELINES = 'knowledge-sharing.guidelines';

describe('a guideline published in the knowledge service', () => {
  let knowledge: KnowledgeApp;
  let monitoring: MonitoringApp;

  beforeAll(async () => {
    knowledge = await startKnowledge();
    const prefix = knowledge.topicPrefix;
    monitoring = await startMonitoring(
      monitoringEnv({
        prefix,
        // Every context's topic under the knowledge app's prefix: okr.<context>.v1.
        pattern: `^${prefix.replace(/[.]/g, '\\.')}okr\\.[a-z-]+\\.v1$`,
        topic: (name = 'knowledge') => `${prefix}okr.${name}.v1`,
      }),
    );
  });

  afterAll(async () => {
    await monitoring.close();
    await knowledge.close();
  });

  async function guidelines(): Promise<KpiDetail> {
    return monitoring.read<KpiDetail>(`/kpis/${GUIDELINES}`);
  }

  it('moves the guidelines KPI once the quality committee approves it, and a revision does not count it again', async () => {
    const before = await eventually(async () => {
      const kpi = await guidelines();
      return kpi.status === 'computed' ? kpi : undefined;
    });
    expect(before.figures.total.value).toBe(0);
    const editor = await knowledge.as('pillar-team:knowledge');
    const created = await editor
      .post('/products')
      .send(productBody({ productType: 'guideline', sectors: ['VO'] }))
      .expect(201);
    const id = created.body.productId as string;
    await editor.post(`/products/${id}/submission`).send({ submittedOn: '2025-02-03' }).expect(200);

    await editor
      .post(`/products/${id}/review`)
      .send({ decision: 'approved', reasons: [], decidedOn: '2025-02-10' })
      .expect(200);

    const after = await eventually(
      async () => {
        const kpi = await guidelines();
        return kpi.figures.total.value === 1 ? kpi : undefined;
      },
      { timeoutMs: 30_000, what: 'monitoring counted the published guideline' },
    );
    expect(after.figures.bySector.VO.value).toBe(1);
    expect(after.bySchoolYear['2024-2025']?.total).toBe(1);
    expect(after.figures.total.progressPercent).toBe(5.6);

    await editor
      .put(`/products/${id}/draft`)
      .send(contentBody({ title: 'Herzien' }))
      .expect(200);
    await editor.post(`/products/${id}/submission`).send({}).expect(200);
    await editor.post(`/products/${id}/review`).send({ decision: 'approved', reasons: [] }).expect(200);
    // Both events (published, revised) are in the read models once the projector has read them.
    await eventually(
      async () => {
        const lag = await monitoring.read<{ caughtUp: boolean; eventsProcessed: number }>('/health/lag');
        return lag.caughtUp && lag.eventsProcessed >= 2 ? lag : undefined;
      },
      { timeoutMs: 30_000, what: 'monitoring read the revision' },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await guidelines()).figures.total.value).toBe(1);
  });
});
