import { openApiConformanceOf, type OpenApiConformance } from '@okr/service-kit/testing';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { type Caller, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';
import { roundBody } from './enrolment-scenario';

const DAY_MS = 86_400_000;
const dayFromNow = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

describe("the enrolment API's answers against its OpenAPI document", () => {
  let service: EnrolmentApp;
  let conformance: OpenApiConformance;
  let staff: Caller;
  const problems: string[] = [];
  const checked = new Set<string>();

  /** Checks the answer against the document, and that it has the status the step expects. */
  async function step(status: number, call: Promise<Response>): Promise<Record<string, unknown>> {
    const answer = await call;
    const { method, url } = answer.request;
    problems.push(...conformance.problemsOf(answer));
    checked.add(`${method} ${new URL(url).pathname}`);
    if (answer.status !== status) {
      throw new Error(
        `${method} ${url} answered ${answer.status}, not ${status}: ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body as Record<string, unknown>;
  }

  beforeAll(async () => {
    service = await startEnrolment();
    conformance = await openApiConformanceOf(service.app);
    staff = await service.as(['helpdesk', 'subsidy-officer', 'admin', 'pillar-team:enrolment']);
  });

  afterAll(async () => {
    await service.close();
  });

  it('answers every step of a school from first question to completed participation as documented', async () => {
    const brin = freshBrin();
    const catalogue = await step(200, staff.get('/activity-catalogue'));
    await step(200, staff.put('/activity-catalogue').send({ entries: catalogue['entries'] }));
    await step(200, staff.get('/activity-catalogue/audit'));

    await step(201, staff.post('/schools').send(schoolBody(brin, { location: '01', schoolWeight: 31.5 })));
    await step(200, staff.patch(`/schools/${brin}`).send({ pupilCount: 300 }));
    await step(200, staff.get(`/schools/${brin}`));
    await step(200, staff.get(`/schools?search=${brin}&sector=PO&weakPerforming=false`));

    const inquiry = await step(
      201,
      staff.post('/inquiries').send({
        brin,
        channel: 'phone',
        contact: { name: 'Anna de Vries', email: 'anna@example.org', phone: '+31 6 12345678' },
        question: 'Kunnen wij meedoen met Groeikracht?',
      }),
    );
    const inquiryId = String(inquiry['inquiryId']);
    await step(200, staff.get(`/inquiries/${inquiryId}`));
    await step(200, staff.get(`/inquiries?brin=${brin}&status=open`));
    await step(200, staff.get(`/inquiries/overdue?today=${dayFromNow(30)}`));
    await step(
      201,
      staff.post(`/inquiries/${inquiryId}/conversations`).send({ notes: 'Past bij Groeikracht.' }),
    );
    await step(
      201,
      staff
        .post(`/inquiries/${inquiryId}/referral`)
        .send({ kind: 'activities', activities: ['groeikracht'] }),
    );
    await step(200, staff.post(`/inquiries/${inquiryId}/close`).send({ outcome: 'referred' }));
    await step(200, staff.get(`/inquiries/${inquiryId}/audit`));
    const unregistered = await step(
      201,
      staff
        .post('/inquiries')
        .send({ schoolName: 'De Linde', channel: 'email', contact: { name: 'Bram Bos' } }),
    );
    await step(200, staff.post(`/inquiries/${String(unregistered['inquiryId'])}/erase-contact`).send({}));

    await step(
      201,
      staff
        .post('/intakes')
        .send({ brin, activity: 'groeikracht', outcome: 'fit', notes: 'Team is er klaar voor.', inquiryId }),
    );
    await step(200, staff.get(`/schools/${brin}/intakes/groeikracht`));

    const round = await step(201, staff.post('/subsidy-rounds').send(roundBody()));
    const roundId = String(round['roundId']);
    await step(200, staff.get(`/subsidy-rounds/${roundId}`));
    await step(200, staff.get('/subsidy-rounds?schoolYear=2025-2026'));
    await step(200, staff.get(`/subsidy-rounds/${roundId}/audit`));

    const application = await step(
      201,
      staff.post('/subsidy-applications').send({
        brin,
        activity: 'groeikracht',
        roundId,
        requestedAmountCents: 3_000_000,
        motivation: 'Wij willen een onderzoekscultuur opbouwen.',
      }),
    );
    const applicationId = String(application['applicationId']);
    await step(
      201,
      staff
        .post(`/subsidy-applications/${applicationId}/information-requests`)
        .send({ question: 'Welke groepen?' }),
    );
    await step(
      200,
      staff
        .post(`/subsidy-applications/${applicationId}/resubmission`)
        .send({ supplement: 'Groep 5 tot 8.' }),
    );
    await step(200, staff.get(`/subsidy-applications/${applicationId}`));
    await step(200, staff.get(`/subsidy-rounds/${roundId}/applications?queue=true`));
    await step(200, staff.get(`/subsidy-applications/overdue?today=${dayFromNow(200)}`));
    const grant = await step(200, staff.post(`/subsidy-applications/${applicationId}/grant`).send({}));
    await step(200, staff.get(`/subsidy-applications/${applicationId}/audit`));

    const participationId = String(grant['participationId']);
    await step(200, staff.post(`/participations/${participationId}/start`).send({}));
    await step(
      201,
      staff.post(`/participations/${participationId}/trained-coaches`).send({ coachId: randomUUID() }),
    );
    await step(
      201,
      staff.post(`/participations/${participationId}/completion`).send({ pupilDevelopmentImproved: true }),
    );
    // Too early (a year after completion is the rule): a documented refusal is an answer to check, too.
    await step(
      422,
      staff
        .post(`/participations/${participationId}/sustainability-assessment`)
        .send({ sustainableCulture: true }),
    );
    await step(200, staff.get(`/participations/${participationId}`));
    await step(200, staff.get(`/participations/${participationId}/audit`));
    await step(200, staff.get(`/schools/${brin}/participations`));
    await step(200, staff.get(`/schools/${brin}/timeline`));
    await step(200, staff.get(`/schools/${brin}/audit`));

    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(35);
  });
});
