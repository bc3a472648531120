import {
  SubsidyApplicationResubmittedV1,
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationWithdrawnV1,
  SubsidyGrantedV1,
  SubsidyInformationRequestedV1,
  SubsidyRejectedV1,
} from '@okr/contracts';
import { aContext, anApplication, aRequest, codeOf, ids, problemsOf } from '../../test/enrolment.fixtures';
import { DomainError } from './domain.errors';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  applicationStepOf,
  canMoveTo,
  grantApplication,
  grantedAmountOf,
  nextToAssess,
  rejectApplication,
  requestInformation,
  resubmitApplication,
  submitApplication,
  withdrawApplication,
  type SubsidyApplicationState,
} from './subsidy-application.entity';

const motivation = 'Wij willen een onderzoekscultuur opbouwen rond begrijpend lezen.';

const awaitingInformation = (application: SubsidyApplicationState = anApplication()) =>
  requestInformation(application, { requestedOn: '2025-03-10', question: 'Stuur de begroting mee.' }).state;

const resubmitted = () => resubmitApplication(awaitingInformation(), { resubmittedOn: '2025-03-20' }).state;

const granted = () => grantApplication(anApplication(), { decidedOn: '2025-04-15' }).state;

describe('submitting an application', () => {
  it('submits an application that meets every rule', () => {
    const { state } = submitApplication(
      undefined,
      { ...aRequest(), applicationId: ids.application, motivation },
      aContext(),
    );

    expect(state).toMatchObject({
      brin: '12AB',
      activity: 'groeikracht',
      pillar: 'improvement-culture',
      sector: 'PO',
      roundId: ids.round,
      schoolYear: '2025-2026',
      requestedAmountCents: 3_000_000,
      submittedOn: '2025-03-03',
      status: 'submitted',
      motivation,
    });
  });

  it('emits a SubsidyApplicationSubmitted event that satisfies the contract, with the due day and without the motivation', () => {
    const { events } = submitApplication(
      undefined,
      { ...aRequest(), applicationId: ids.application, motivation },
      aContext(),
    );

    expect(events[0]?.data).toMatchObject({
      submittedAt: '2025-03-03T09:30:00.000Z',
      submittedOn: '2025-03-03',
      decisionDueOn: '2025-06-02',
    });
    expect(problemsOf(SubsidyApplicationSubmittedV1, events[0]?.data)).toEqual([]);
    expect(JSON.stringify(events)).not.toContain('onderzoekscultuur');
  });

  it('rejects an application after the round has closed', () => {
    const act = () =>
      submitApplication(
        undefined,
        {
          ...aRequest({ submittedAt: new Date('2025-04-02T09:00:00Z') }),
          applicationId: ids.application,
          motivation,
        },
        aContext(),
      );

    expect(codeOf(act)).toBe('APPLICATION.ROUND_CLOSED');
  });

  it('rejects an application without a fit intake', () => {
    const act = () =>
      submitApplication(
        undefined,
        { ...aRequest(), applicationId: ids.application, motivation },
        aContext({ intakes: [] }),
      );

    expect(codeOf(act)).toBe('APPLICATION.NO_FIT_INTAKE');
  });

  it('requires a motivation', () => {
    const act = () =>
      submitApplication(
        undefined,
        { ...aRequest(), applicationId: ids.application, motivation: ' ' },
        aContext(),
      );

    expect(codeOf(act)).toBe('APPLICATION.MOTIVATION_REQUIRED');
  });

  it('refuses to submit the same application twice', () => {
    const act = () =>
      submitApplication(
        anApplication(),
        { ...aRequest(), applicationId: ids.application, motivation },
        aContext(),
      );

    expect(codeOf(act)).toBe('APPLICATION.ALREADY_SUBMITTED');
  });
});

describe('requesting information', () => {
  it('asks the school for information and keeps the question here', () => {
    const { state, events } = requestInformation(anApplication(), {
      requestedOn: '2025-03-10',
      question: 'Stuur de begroting mee.',
    });

    expect(state.status).toBe('information-requested');
    expect(state.informationRequests).toEqual([
      { requestedOn: '2025-03-10', question: 'Stuur de begroting mee.' },
    ]);
    expect(JSON.stringify(events)).not.toContain('begroting');
  });

  it('emits a SubsidyInformationRequested event that satisfies the contract', () => {
    const { events } = requestInformation(anApplication(), {
      requestedOn: '2025-03-10',
      question: 'Begroting?',
    });

    expect(problemsOf(SubsidyInformationRequestedV1, events[0]?.data)).toEqual([]);
  });

  it('asks again after a resubmission', () => {
    const { state } = requestInformation(resubmitted(), {
      requestedOn: '2025-03-25',
      question: 'En de planning?',
    });

    expect(state.status).toBe('information-requested');
    expect(state.informationRequests).toHaveLength(2);
  });

  it('requires the question', () => {
    expect(
      codeOf(() => requestInformation(anApplication(), { requestedOn: '2025-03-10', question: '' })),
    ).toBe('APPLICATION.QUESTION_REQUIRED');
  });

  it('refuses a request dated before the submission', () => {
    expect(
      codeOf(() =>
        requestInformation(anApplication(), { requestedOn: '2025-03-02', question: 'Begroting?' }),
      ),
    ).toBe('APPLICATION.DATE_OUT_OF_ORDER');
  });

  it('refuses a second request while the first is unanswered', () => {
    expect(
      codeOf(() =>
        requestInformation(awaitingInformation(), { requestedOn: '2025-03-11', question: 'Nog iets' }),
      ),
    ).toBe('APPLICATION.INVALID_TRANSITION');
  });
});

describe('resubmitting an application', () => {
  it('resumes the clock with the due day moved by the days information was awaited', () => {
    const { state, events } = resubmitApplication(awaitingInformation(), {
      resubmittedOn: '2025-03-20',
      supplement: 'Begroting bijgevoegd.',
    });

    expect(state.status).toBe('resubmitted');
    expect(state.informationRequests[0]).toMatchObject({
      resubmittedOn: '2025-03-20',
      supplement: 'Begroting bijgevoegd.',
    });
    expect(events[0]?.data.decisionDueOn).toBe('2025-06-12');
  });

  it('emits a SubsidyApplicationResubmitted event that satisfies the contract', () => {
    const { events } = resubmitApplication(awaitingInformation(), { resubmittedOn: '2025-03-20' });

    expect(problemsOf(SubsidyApplicationResubmittedV1, events[0]?.data)).toEqual([]);
  });

  it('refuses a resubmission nobody asked for', () => {
    expect(codeOf(() => resubmitApplication(anApplication(), { resubmittedOn: '2025-03-20' }))).toBe(
      'APPLICATION.INVALID_TRANSITION',
    );
  });

  it('refuses a resubmission dated before the request', () => {
    expect(codeOf(() => resubmitApplication(awaitingInformation(), { resubmittedOn: '2025-03-09' }))).toBe(
      'APPLICATION.DATE_OUT_OF_ORDER',
    );
  });
});

describe('granting an application', () => {
  it('grants the amount asked', () => {
    const { state } = grantApplication(anApplication(), { decidedOn: '2025-04-15' });

    expect(state).toMatchObject({
      status: 'granted',
      decidedOn: '2025-04-15',
      grantedAmountCents: 3_000_000,
    });
  });

  it('emits a SubsidyGranted event that satisfies the contract', () => {
    const { events } = grantApplication(resubmitted(), {
      decidedOn: '2025-04-15',
      grantedAmountCents: 2_500_000,
    });

    expect(events[0]?.data).toMatchObject({
      grantedAmountCents: 2_500_000,
      sector: 'PO',
      pillar: 'improvement-culture',
    });
    expect(problemsOf(SubsidyGrantedV1, events[0]?.data)).toEqual([]);
  });

  it('refuses to grant more than was asked, or nothing', () => {
    expect(codeOf(() => grantedAmountOf(anApplication(), 3_000_001))).toBe(
      'APPLICATION.INVALID_GRANT_AMOUNT',
    );
    expect(
      codeOf(() => grantApplication(anApplication(), { decidedOn: '2025-04-15', grantedAmountCents: 0 })),
    ).toBe('APPLICATION.INVALID_GRANT_AMOUNT');
  });

  it('refuses to grant an application while information is awaited', () => {
    expect(codeOf(() => grantApplication(awaitingInformation(), { decidedOn: '2025-04-15' }))).toBe(
      'APPLICATION.INVALID_TRANSITION',
    );
  });

  it('names the states of a wrong transition', () => {
    let error: unknown;
    try {
      withdrawApplication(granted(), { withdrawnOn: '2025-04-20' });
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'APPLICATION.INVALID_TRANSITION',
      details: { from: 'granted', to: 'withdrawn' },
      message: 'An application cannot go from granted to withdrawn',
    });
  });
});

describe('rejecting an application', () => {
  it('rejects with a reason code and keeps the reason in words here', () => {
    const { state, events } = rejectApplication(anApplication(), {
      decidedOn: '2025-04-15',
      reasonCode: 'not-eligible',
      reasonText: 'De school valt buiten de doelgroep van de regeling.',
    });

    expect(state).toMatchObject({ status: 'rejected', rejection: { reasonCode: 'not-eligible' } });
    expect(JSON.stringify(events)).not.toContain('doelgroep');
  });

  it('emits a SubsidyRejected event that satisfies the contract', () => {
    const { events } = rejectApplication(anApplication(), {
      decidedOn: '2025-04-15',
      reasonCode: 'budget-exhausted',
      reasonText: 'Het budget is op.',
    });

    expect(problemsOf(SubsidyRejectedV1, events[0]?.data)).toEqual([]);
  });

  it('rejects an application whose information never came', () => {
    const { state } = rejectApplication(awaitingInformation(), {
      decidedOn: '2025-06-01',
      reasonCode: 'incomplete',
      reasonText: 'De gevraagde begroting is niet ontvangen.',
    });

    expect(state.status).toBe('rejected');
  });

  it('refuses an unknown reason code and a rejection without words', () => {
    expect(
      codeOf(() =>
        rejectApplication(anApplication(), {
          decidedOn: '2025-04-15',
          reasonCode: 'dislike' as 'other',
          reasonText: 'x',
        }),
      ),
    ).toBe('APPLICATION.INVALID_REJECTION_REASON');
    expect(
      codeOf(() =>
        rejectApplication(anApplication(), { decidedOn: '2025-04-15', reasonCode: 'other', reasonText: ' ' }),
      ),
    ).toBe('APPLICATION.REJECTION_TEXT_REQUIRED');
  });

  it('refuses to reject a granted application', () => {
    expect(
      codeOf(() =>
        rejectApplication(granted(), { decidedOn: '2025-04-16', reasonCode: 'other', reasonText: 'x' }),
      ),
    ).toBe('APPLICATION.INVALID_TRANSITION');
  });
});

describe('withdrawing an application', () => {
  it('withdraws an undecided application, also while information is awaited', () => {
    expect(withdrawApplication(anApplication(), { withdrawnOn: '2025-03-05' }).state.status).toBe(
      'withdrawn',
    );
    expect(withdrawApplication(awaitingInformation(), { withdrawnOn: '2025-03-12' }).state.status).toBe(
      'withdrawn',
    );
  });

  it('emits a SubsidyApplicationWithdrawn event that satisfies the contract', () => {
    const { events } = withdrawApplication(anApplication(), { withdrawnOn: '2025-03-05' });

    expect(problemsOf(SubsidyApplicationWithdrawnV1, events[0]?.data)).toEqual([]);
  });

  it('refuses to withdraw twice', () => {
    const withdrawn = withdrawApplication(anApplication(), { withdrawnOn: '2025-03-05' }).state;

    expect(codeOf(() => withdrawApplication(withdrawn, { withdrawnOn: '2025-03-06' }))).toBe(
      'APPLICATION.INVALID_TRANSITION',
    );
  });

  it('refuses an application that does not exist, and a day that does not exist', () => {
    expect(codeOf(() => withdrawApplication(undefined, { withdrawnOn: '2025-03-05' }))).toBe(
      'APPLICATION.NOT_FOUND',
    );
    expect(codeOf(() => withdrawApplication(anApplication(), { withdrawnOn: '5 maart' }))).toBe(
      'APPLICATION.INVALID_DATE',
    );
  });
});

describe('the lifecycle', () => {
  it('ends in granted, rejected or withdrawn', () => {
    for (const terminal of ['granted', 'rejected', 'withdrawn'] as const) {
      for (const to of APPLICATION_STATUSES) expect(canMoveTo({ status: terminal }, to)).toBe(false);
    }
  });

  it('gives every state an internal label and a Dutch label for the school', () => {
    expect(Object.keys(APPLICATION_STATUS_LABELS)).toEqual([...APPLICATION_STATUSES]);
    expect(APPLICATION_STATUS_LABELS.submitted.school).toBe('Ingediend');
    expect(APPLICATION_STATUS_LABELS['information-requested'].school).toBe('Aanvullende informatie gevraagd');
    expect(APPLICATION_STATUS_LABELS.granted.school).toBe('Toegekend');
    expect(APPLICATION_STATUS_LABELS.rejected.school).toBe('Afgewezen');
    expect(APPLICATION_STATUS_LABELS.withdrawn.school).toBe('Ingetrokken');
    for (const labels of Object.values(APPLICATION_STATUS_LABELS)) expect(labels.internal).not.toBe('');
  });
});

describe('assessing in order of arrival', () => {
  it('offers the undecided applications not awaiting information, the oldest submission first', () => {
    const at = (moment: string) => ({ submittedAt: moment });
    const applications = [
      { applicationId: 'late', status: 'submitted' as const, ...at('2025-03-20T10:00:00.000Z') },
      {
        applicationId: 'waiting',
        status: 'information-requested' as const,
        ...at('2025-03-01T09:00:00.000Z'),
      },
      { applicationId: 'first', status: 'resubmitted' as const, ...at('2025-03-02T09:00:00.000Z') },
      { applicationId: 'decided', status: 'granted' as const, ...at('2025-03-01T08:00:00.000Z') },
      { applicationId: 'second', status: 'submitted' as const, ...at('2025-03-03T09:00:00.000Z') },
    ];

    expect(nextToAssess(applications).map((application) => application.applicationId)).toEqual([
      'first',
      'second',
      'late',
    ]);
  });
});

describe('the step of an application', () => {
  it('changes with every move and never comes back to an earlier one', () => {
    const submitted = anApplication();
    const asked = requestInformation(submitted, { requestedOn: '2025-03-10', question: 'Begroting' }).state;
    const answered = resubmitApplication(asked, { resubmittedOn: '2025-03-12' }).state;
    const askedAgain = requestInformation(answered, {
      requestedOn: '2025-03-14',
      question: 'Planning',
    }).state;
    const answeredAgain = resubmitApplication(askedAgain, { resubmittedOn: '2025-03-15' }).state;
    const granted = grantApplication(answeredAgain, { decidedOn: '2025-03-20' }).state;

    const steps = [submitted, asked, answered, askedAgain, answeredAgain, granted].map(applicationStepOf);

    expect(steps).toEqual([
      'submitted/0',
      'information-requested/1',
      'resubmitted/1',
      'information-requested/2',
      'resubmitted/2',
      'granted/2',
    ]);
  });
});
