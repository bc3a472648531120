// The help desk and the pillar together: a school enrolled as aspirant expert school through the enrolment
// service's API appears in this service, on the same broker, topics and calendar, with no retyping.
import { eventually } from '@okr/messaging/testing';
// Cross-service on purpose: the flow is the enrolment service's own API, booted in this test process.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a cross-service test boots the other service in-process
import { type EnrolmentApp, startEnrolment } from '../../enrolment/test/enrolment-app';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a cross-service test boots the other service in-process
import { readyToApply } from '../../enrolment/test/enrolment-scenario';
import { type ExpertSchoolsApp, startExpertSchools } from './expert-schools-app';

describe('an aspirant from the help desk', () => {
  let enrolment: EnrolmentApp;
  let expertSchools: ExpertSchoolsApp;

  beforeAll(async () => {
    enrolment = await startEnrolment();
    // One namespace for both: this service reads the topics the enrolment service publishes to.
    expertSchools = await startExpertSchools({ KAFKA_TOPIC_PREFIX: enrolment.topic('') });
  });

  afterAll(async () => {
    await expertSchools.close();
    await enrolment.close();
  });

  it('appears here once the help desk grants its application, with its region, and is no expert school yet', async () => {
    const ready = await readyToApply(enrolment, {
      activity: 'aspirant-expert-school',
      school: { province: 'Limburg', specialTargetGroups: true },
      round: { schoolYear: '2026-2027' },
    });
    const desk = await enrolment.as('helpdesk');
    const officer = await enrolment.as('subsidy-officer');
    const { body: application } = await desk.post('/subsidy-applications').send(ready.body).expect(201);
    const { body: grant } = await officer
      .post(`/subsidy-applications/${application.applicationId as string}/grant`)
      .send({})
      .expect(200);

    const coordinator = await expertSchools.as('pillar-team:expert-schools');
    const aspirant = await eventually(async () => {
      const { body } = await coordinator.get(`/aspirants/${grant.participationId as string}`).expect(200);
      return body as Record<string, unknown>;
    });
    expect(aspirant).toMatchObject({
      brin: ready.brin,
      sector: 'PO',
      schoolYear: '2026-2027',
      status: 'enrolled',
      equalAccess: { specialTargetGroups: true },
    });
    const { body: cohort } = await coordinator.get('/cohorts/2026-2027').expect(200);
    expect(cohort.spread.byRegion).toMatchObject({ Limburg: 1 });
    const { body: expertSchoolsNow } = await coordinator.get('/expert-schools').expect(200);
    expect(expertSchoolsNow).toEqual([]);
  });
});
