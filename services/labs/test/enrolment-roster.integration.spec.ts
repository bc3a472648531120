import { messagingTestEnv, startService, eventually, type StartedService } from '@okr/messaging/testing';
import { tokenFor, uniqueName } from '@okr/service-kit/testing';
import type { Role } from '@okr/service-kit';
import { labIdOf } from '../src/infrastructure/labs.aggregates';
import { type Caller, freshBrin, type LabsApp, startLabs } from './labs-app';

// The enrolment service is another project: this test starts its real entry point (by path, as `npm start`
// does) as a child process on the same test topics, and drives it through its HTTP API only. The labs service
// runs in-process.
const ENROLMENT_MAIN = 'services/enrolment/test/fixtures/enrolment.main.ts';

interface RosterPage {
  items: Array<{ brin: string; role: string; source: string; participationId?: string; current: boolean }>;
}

describe('a school the help desk enrols as TaalLab co-creating school', () => {
  let labs: LabsApp;
  let enrolment: StartedService | undefined;
  let team: Caller;

  beforeAll(async () => {
    labs = await startLabs();
    team = await labs.as('pillar-team:labs');
    enrolment = await startService(ENROLMENT_MAIN, {
      env: messagingTestEnv('enrolment', {
        LOG_LEVEL: 'silent',
        KAFKA_TOPIC_PREFIX: labs.topicPrefix,
        OKR_SERVICE_NAME_OVERRIDE: uniqueName('enrolment'),
        RELAY_IDLE_POLL_MS: '200',
      }),
    });
    await team
      .post('/labs')
      .send({ code: 'taallab', name: 'TaalLab', theme: 'taal', startedOn: '2023-09-01' })
      .expect(201);
  }, 120_000);

  afterAll(async () => {
    await enrolment?.kill();
    await labs?.close();
  }, 60_000);

  async function call(
    roles: Role[],
    method: string,
    path: string,
    body: object,
  ): Promise<Record<string, unknown>> {
    if (!enrolment) throw new Error('enrolment did not start');
    const response = await fetch(`${enrolment.baseUrl}${path}`, {
      method,
      headers: { authorization: await tokenFor(roles), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  }

  it("appears on the lab's roster without the lab team typing it", async () => {
    const brin = freshBrin();
    const activity = 'taallab-co-creating';
    const now = Date.now();
    await call(['helpdesk'], 'POST', '/schools', {
      brin,
      name: `Basisschool ${brin}`,
      sector: 'PO',
      specialisedEducation: false,
      boardNumber: '41234',
      municipality: 'Zwolle',
      province: 'Overijssel',
      pupilCount: 320,
      weakPerforming: false,
      specialTargetGroups: true,
    });
    // The help desk's path to a grant: a question, the exploratory conversation, the lab's intake, the application.
    const inquiry = await call(['helpdesk'], 'POST', '/inquiries', { brin, channel: 'phone' });
    const inquiryId = String(inquiry['inquiryId']);
    await call(['helpdesk'], 'POST', `/inquiries/${inquiryId}/conversations`, {
      notes: 'Wil meedoen aan het TaalLab',
    });
    await call(['pillar-team:enrolment'], 'POST', '/intakes', {
      brin,
      activity,
      outcome: 'fit',
      notes: 'Past goed',
      inquiryId,
    });
    const round = await call(['admin'], 'POST', '/subsidy-rounds', {
      schoolYear: '2026-2027',
      opensAt: new Date(now - 86_400_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
      budgetCents: 10_000_000,
      maxGrants: 10,
      activityAmounts: [{ activity, maxAmountCents: 2_500_000 }],
    });
    const application = await call(['helpdesk'], 'POST', '/subsidy-applications', {
      brin,
      activity,
      roundId: round['roundId'],
      requestedAmountCents: 2_500_000,
      motivation: 'Wij willen meedoen aan het TaalLab',
    });

    const granted = await call(
      ['subsidy-officer'],
      'POST',
      `/subsidy-applications/${String(application['applicationId'])}/grant`,
      {},
    );

    const roster = await eventually(
      async () => {
        const response = await team.get(`/labs/${labIdOf('taallab')}/schools?schoolYear=2026-2027`);
        return (response.body as RosterPage).items.find((school) => school.brin === brin);
      },
      { timeoutMs: 30_000, what: `${brin} on the TaalLab roster` },
    );
    expect(roster).toMatchObject({ brin, role: 'co-creating', source: 'enrolment', current: true });
    // The roster keeps the help desk's participation, so the two records of one enrolment can be matched.
    expect(roster.participationId).toBe(granted['participationId']);
  });
});
