// The pillar and monitoring together: certifying an expert school through this service's API moves the
// monitoring KPIs that count it, on the same broker and topic namespace; an aspirant enrolment alone does not.
import { InterventionDesignedV1 } from '@okr/contracts';
import { exampleOf } from '@okr/contracts/testing';
import { AggregateStore } from '@okr/messaging';
import { eventually } from '@okr/messaging/testing';
import { randomUUID } from 'node:crypto';
// Cross-service on purpose: monitoring's own test harness, booting its app in this test process.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a cross-service test boots the other service in-process
import {
  monitoringEnv,
  type MonitoringApp,
  startMonitoring,
} from '../../monitoring/test/support/monitoring-app';
import { streams } from '../src/infrastructure/expert-schools.aggregates';
import { type Caller, type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';
import { certifiedExpertSchool, fromHelpDesk } from './expert-schools.scenario';

interface Kpi {
  status: string;
  figures: { total: { value: number | null }; bySector: Record<'PO' | 'VO', { value: number | null }> };
}

const TRAINED = '/kpis/expert-schools.trained-expert-schools';
const FOR_LAB_INTERVENTION = '/kpis/co-creation-labs.expert-schools-trained-for-intervention';

describe('certification in monitoring', () => {
  let expertSchools: ExpertSchoolsApp;
  let monitoring: MonitoringApp;
  let coordinator: Caller;

  beforeAll(async () => {
    expertSchools = await startExpertSchools();
    const prefix = expertSchools.topicPrefix;
    monitoring = await startMonitoring(
      monitoringEnv({
        prefix,
        // Every context's topic in the test's namespace: okr.enrolment.v1 and okr.expert-schools.v1.
        pattern: `^${prefix.replace(/[.]/g, '\\.')}okr\\.[a-z-]+\\.v1$`,
        topic: (name = 'expert-schools') => `${prefix}okr.${name}.v1`,
      }),
    );
    coordinator = await expertSchools.as('pillar-team:expert-schools');
  });

  afterAll(async () => {
    await monitoring.close();
    await expertSchools.close();
  });

  const kpi = (path: string): Promise<Kpi> => monitoring.read<Kpi>(path);

  it('counts a certified expert school by sector, and one for a lab intervention in the labs row', async () => {
    await eventually(async () => {
      expect((await kpi(TRAINED)).status).toBe('computed');
      return true;
    });
    // The lab intervention the second school's approach implements, as the labs service publishes it.
    const designed = exampleOf(InterventionDesignedV1, { interventionId: randomUUID() });
    await expertSchools.publish(InterventionDesignedV1, designed);
    const store = expertSchools.app.get(AggregateStore);
    await eventually(() => store.load(streams.labIntervention(designed.interventionId)));
    await fromHelpDesk(expertSchools, coordinator, 'aspirant-expert-school', { sector: 'VO' });
    await certifiedExpertSchool(expertSchools, coordinator, { sector: 'VO' });
    await certifiedExpertSchool(expertSchools, coordinator, {
      sector: 'PO',
      approach: {
        title: 'TaalLab: woordenschat',
        summary: 'Een in het TaalLab ontworpen interventie',
        themes: ['woordenschat'],
        pillarCodes: ['P3.A'],
        origin: 'lab-intervention',
        labInterventionId: designed.interventionId,
      },
    });

    const trained = await eventually(async () => {
      const current = await kpi(TRAINED);
      expect(current.figures.total.value).toBe(2);
      return current;
    });
    // The aspirant that is only enrolled counts nowhere.
    expect(trained.figures.bySector).toMatchObject({ PO: { value: 1 }, VO: { value: 1 } });
    const forLab = await eventually(async () => {
      const current = await kpi(FOR_LAB_INTERVENTION);
      expect(current.figures.total.value).toBe(1);
      return current;
    });
    expect(forLab.figures.bySector).toMatchObject({ PO: { value: 1 }, VO: { value: 0 } });
  });
});
