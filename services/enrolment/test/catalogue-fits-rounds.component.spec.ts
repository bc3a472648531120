import {
  DEFAULT_ACTIVITY_CATALOGUE,
  DEFAULT_ROUND_MAXIMUM_CENTS,
} from '../src/domain/activity-catalogue.value-object';
import { type EnrolmentApp, startEnrolment } from './enrolment-app';
import { allowedAmountCents, applicationBody, openRound, prepareSchool } from './enrolment-scenario';

describe('the default activity catalogue against a round at the default maximum', () => {
  let service: EnrolmentApp;

  beforeAll(async () => {
    service = await startEnrolment();
  });

  afterAll(async () => {
    await service.close();
  });

  it('takes an application for every activity of the catalogue, at its fixed amount or its most', async () => {
    const roundId = await openRound(service, {
      activityAmounts: DEFAULT_ACTIVITY_CATALOGUE.map(({ activity }) => ({
        activity,
        maxAmountCents: DEFAULT_ROUND_MAXIMUM_CENTS,
      })),
    });
    const desk = await service.as('helpdesk');

    const answers = await Promise.all(
      DEFAULT_ACTIVITY_CATALOGUE.map(async ({ activity, amountRule }) => {
        const school = await prepareSchool(service, { activity });
        // The most the rule allows for a school of 320 pupils: for a fixed amount, that amount itself.
        const most = amountRule.kind === 'fixed' ? allowedAmountCents(activity) : undefined;
        const response = await desk
          .post('/subsidy-applications')
          .send(applicationBody(school, roundId, most === undefined ? {} : { requestedAmountCents: most }));
        return { activity, status: response.status, code: (response.body as { code?: string }).code };
      }),
    );

    expect(answers).toEqual(
      DEFAULT_ACTIVITY_CATALOGUE.map(({ activity }) => ({ activity, status: 201, code: undefined })),
    );
  });

  it('names the round maximum in the title when an amount is above it', async () => {
    const roundId = await openRound(service, {
      activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 2_000_000 }],
    });
    const school = await prepareSchool(service, { activity: 'groeikracht' });
    const desk = await service.as('helpdesk');

    const response = await desk
      .post('/subsidy-applications')
      .send(applicationBody(school, roundId, { requestedAmountCents: 2_500_000 }));

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'APPLICATION.AMOUNT_NOT_ALLOWED',
      title:
        'The amount of €25,000.00 is not allowed by the round: at most €20,000.00 for groeikracht (rule: amount-allowed)',
      details: { rule: 'amount-allowed', roundMaximumCents: 2_000_000 },
    });
  });
});
