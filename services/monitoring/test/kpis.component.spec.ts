import { randomUUID } from 'node:crypto';
import { eventually } from '@okr/messaging/testing';
import { KPI_DEFINITIONS } from '../src/kpi/kpi-definitions';
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
  schoolEnrolled,
  schoolRegistered,
  schoolWithdrew,
} from './support/platform-events';

const TRAJECTORY = '/kpis/improvement-culture.schools-in-trajectory';

interface Figure {
  value: number | null;
  progressPercent: number | null;
}
interface Kpi {
  id: string;
  status: string;
  figures: { total: Figure; bySector: { PO: Figure; VO: Figure } };
  net?: { total: Figure; bySector: { PO: Figure; VO: Figure } };
  bySchoolYear: Record<string, { total: number | null }>;
  byEqualAccess: Record<string, { total: number | null }>;
  series: Array<{ month: string; total: number | null }>;
}

describe('monitoring KPIs from events on Kafka', () => {
  let topics: TestTopics;
  let monitoring: MonitoringApp;
  const writer = new EventWriter();

  beforeAll(async () => {
    topics = await createTopics(['main', 'other']);
    monitoring = await startMonitoring(monitoringEnv(topics));
  });

  afterAll(async () => {
    await writer.close();
    await monitoring.close();
    await removeTopics(topics);
  });

  const trajectory = (): Promise<Kpi> => monitoring.read<Kpi>(TRAJECTORY);

  it("counts the seed's pilot year as 12 PO and 13 VO schools in a trajectory, 4.8% and 5.2% of the target", async () => {
    await writer.send(topics.topic(), pilotYear());
    const kpi = await eventually(async () => {
      const current = await trajectory();
      expect(current.figures.total.value).toBe(25);
      return current;
    });
    expect(kpi.figures.bySector.PO).toEqual({ value: 12, progressPercent: 4.8 });
    expect(kpi.figures.bySector.VO).toEqual({ value: 13, progressPercent: 5.2 });
    expect(kpi.bySchoolYear['2023-2024']?.total).toBe(25);
  });

  it('does not count an event delivered twice twice', async () => {
    const before = (await trajectory()).figures.total.value ?? 0;
    const brin = nextBrin();
    const event = schoolEnrolled(brin, 'groeikracht', 'PO');
    const [eventId] = await writer.send(topics.topic(), [event]);
    // The same envelope again, as a relay that published and crashed before marking would send it.
    const duplicate = { ...event, data: event.data };
    await writer.sendRaw(topics.topic(), [
      {
        key: brin,
        value: JSON.stringify({
          eventId,
          type: 'SchoolEnrolled',
          version: 1,
          occurredAt: new Date().toISOString(),
          source: 'monitoring-tests',
          correlationId: randomUUID(),
          causationId: null,
          subject: brin,
          data: duplicate.data,
        }),
      },
    ]);
    await eventually(async () => {
      expect((await trajectory()).figures.total.value).toBe(before + 1);
      return true;
    });
    // Another event after both, so the duplicate has certainly been read when the count is checked.
    await writer.send(topics.topic(), [schoolEnrolled(nextBrin(), 'groeikracht', 'VO')]);
    await eventually(async () => {
      expect((await trajectory()).figures.total.value).toBe(before + 2);
      return true;
    });
  });

  it('ends in the right numbers when a withdrawal arrives on another topic before the enrolment it withdraws', async () => {
    const before = await trajectory();
    const brin = nextBrin();
    await writer.send(topics.topic('other'), [schoolWithdrew(brin, 'de-transformatieve-school', 'VO')]);
    await writer.send(topics.topic(), [schoolEnrolled(brin, 'de-transformatieve-school', 'VO')]);
    const after = await eventually(async () => {
      const current = await trajectory();
      expect(current.figures.bySector.VO.value).toBe((before.figures.bySector.VO.value ?? 0) + 1);
      return current;
    });
    // Gross counts the school; net leaves it out.
    expect(after.net?.bySector.VO.value).toBe(before.net?.bySector.VO.value ?? 0);
  });

  it('lists every KPI of the programme, with no-source instead of zero where no event feeds it', async () => {
    const { kpis } = await monitoring.read<{ kpis: Kpi[] }>('/kpis');
    expect(kpis).toHaveLength(KPI_DEFINITIONS.kpis.length);
    const withoutSource = kpis.filter((kpi) => kpi.status === 'no-source');
    expect(withoutSource.filter((kpi) => kpi.figures.total.value !== null)).toEqual([]);
    // Fed by the knowledge events now: zero before the first one, not no-source.
    const squares = kpis.find((kpi) => kpi.id === 'knowledge-sharing.knowledge-squares');
    expect(squares?.status).toBe('computed');
    expect(kpis.find((kpi) => kpi.id === 'improvement-culture.schools-in-trajectory')?.status).toBe(
      'computed',
    );
  });

  it('breaks a KPI down per equal-access group and gives a monthly series', async () => {
    const brin = nextBrin();
    await writer.send(topics.topic(), [
      schoolEnrolled(
        brin,
        'groeikracht',
        'PO',
        '2024-2025',
        { weakPerforming: true },
        new Date('2024-10-15T10:00:00Z'),
      ),
    ]);
    const kpi = await eventually(async () => {
      const current = await trajectory();
      expect(current.byEqualAccess['weakPerforming']?.total).toBe(1);
      return current;
    });
    expect(kpi.bySchoolYear['2024-2025']?.total).toBe(1);
    expect(kpi.series.find((point) => point.month === '2024-10')?.total).toBeGreaterThanOrEqual(1);
  });

  it('shows the help-desk funnel with conversion and median days', async () => {
    const brin = nextBrin();
    const inquiryId = randomUUID();
    await writer.send(topics.topic(), [
      schoolRegistered(brin, 'VO'),
      inquiryReceived(inquiryId, brin, '2024-09-02T09:00:00.000Z'),
      conversationHeld(inquiryId, brin, '2024-09-06'),
    ]);
    const funnel = await eventually(async () => {
      const current = await monitoring.read<{
        steps: Array<{ step: string; count: number; medianDaysFromPrevious: number | null }>;
      }>('/funnel');
      expect(current.steps.find((step) => step.step === 'conversations')?.count).toBe(1);
      return current;
    });
    expect(funnel.steps.map((step) => step.step)).toEqual([
      'inquiries',
      'conversations',
      'referrals',
      'fit-intakes',
      'applications',
      'grants',
      'enrolments',
    ]);
    expect(funnel.steps[1]?.medianDaysFromPrevious).toBe(4);
  });

  it('compares the share of participants per equal-access flag with all registered schools', async () => {
    const brin = nextBrin();
    await writer.send(topics.topic(), [schoolRegistered(brin, 'PO', { smallRegional: true })]);
    const view = await eventually(async () => {
      const current = await monitoring.read<{
        registeredTotal: number;
        flags: Array<{ flag: string; registered: { count: number } }>;
      }>('/equal-access');
      expect(current.flags.find((flag) => flag.flag === 'smallRegional')?.registered.count).toBe(1);
      return current;
    });
    expect(view.registeredTotal).toBeGreaterThanOrEqual(1);
  });

  it('gives the quarterly report as JSON and as CSV laid out like the KPI tables', async () => {
    const json = await monitoring.read<{
      period: string;
      rows: Array<{ kpiId: string; target: string; value: string }>;
    }>('/reports/quarterly/2024-Q4');
    expect(json.period).toBe('2024-Q4');
    expect(json.rows).toHaveLength(KPI_DEFINITIONS.kpis.length);
    expect(json.rows.find((row) => row.kpiId === 'improvement-culture.schools-in-trajectory')?.target).toBe(
      '250 PO, 250 VO',
    );
    const csv = await (await monitoring.as('monitoring')).get('/reports/quarterly/2024-Q4?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toMatch(/^pillar,kpi,kind,target,value,progress/);
  });

  it('refuses a malformed period with 400 naming the field', async () => {
    const response = await (await monitoring.as('monitoring')).get('/reports/quarterly/2025-Q5');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('period');
  });

  it('answers 404 for a KPI that does not exist', async () => {
    const response = await (await monitoring.as('monitoring')).get('/kpis/improvement-culture.no-such-kpi');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('KPI.NOT_FOUND');
  });

  it('requires a token (401) with the monitoring role (403)', async () => {
    const anonymous = await monitoring.anonymous().get('/kpis');
    expect(anonymous.status).toBe(401);
    const helpdesk = await (await monitoring.as('helpdesk')).get('/kpis');
    expect(helpdesk.status).toBe(403);
  });
});
