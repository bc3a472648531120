import { aContext, anApplication, anIntake, aRequest, aSchool, ids } from '../../test/enrolment.fixtures';
import { DomainError } from './domain.errors';
import { assertEligible } from './eligibility.rules';
import { FACT_ORDER_RULES, type FactOrderRule, factOrderViolation } from './fact-order.rules';
import {
  closeInquiry,
  holdExploratoryConversation,
  type InquiryState,
  receiveInquiry,
  referInquiry,
} from './inquiry.entity';
import { completeIntake } from './intake.entity';
import {
  assessSustainability,
  completeParticipation,
  enrolFromGrant,
  type ParticipationState,
  recordExpertCoachTrained,
  startParticipation,
  withdrawParticipation,
} from './participation.entity';
import {
  grantApplication,
  rejectApplication,
  requestInformation,
  resubmitApplication,
  withdrawApplication,
} from './subsidy-application.entity';

// Received 2025-03-03, a conversation on 03-05, referred on 03-06.
const received = (): InquiryState =>
  receiveInquiry(undefined, {
    inquiryId: ids.inquiry,
    school: { kind: 'registered', brin: '12AB' },
    channel: 'email',
    receivedAt: new Date('2025-03-03T09:00:00Z'),
  }).state;
const talkedTo = (): InquiryState =>
  holdExploratoryConversation(received(), { heldOn: '2025-03-05', notes: 'Verkennend' }).state;
const referred = (): InquiryState =>
  referInquiry(talkedTo(), { kind: 'activities', activities: ['groeikracht'], referredOn: '2025-03-06' })
    .state;

const intakeOn = (heldOn: string, inquiry: InquiryState) =>
  completeIntake(
    undefined,
    { intakeId: ids.intake, brin: '12AB', activity: 'groeikracht', outcome: 'fit', notes: '', heldOn },
    { inquiry },
  );

// Submitted 2025-03-03 (anApplication), more information asked on 03-10.
const awaitingInformation = () =>
  requestInformation(anApplication(), { requestedOn: '2025-03-10', question: 'De begroting graag' }).state;

// Enrolled on 2025-04-15, started on 08-25, completed on 2026-06-30.
const enrolled = (): ParticipationState =>
  enrolFromGrant(undefined, {
    participationId: ids.participation,
    application: grantApplication(anApplication(), { decidedOn: '2025-04-15' }).state,
    school: aSchool(),
    enrolledOn: '2025-04-15',
  }).state;
const started = () => startParticipation(enrolled(), { startedOn: '2025-08-25' }).state;
const completed = () =>
  completeParticipation(started(), { completedOn: '2026-06-30', pupilDevelopmentImproved: true }).state;

/** Each rule: a step dated a day before the one it follows, and the same step on that very day. */
const CASES: Record<FactOrderRule, { code: string; early: () => unknown; onTheDay: () => unknown }> = {
  'conversation-after-receipt': {
    code: 'INQUIRY.DATE_OUT_OF_ORDER',
    early: () => holdExploratoryConversation(received(), { heldOn: '2025-03-02', notes: '' }),
    onTheDay: () => holdExploratoryConversation(received(), { heldOn: '2025-03-03', notes: '' }),
  },
  'referral-after-conversation': {
    code: 'INQUIRY.DATE_OUT_OF_ORDER',
    early: () =>
      referInquiry(talkedTo(), {
        kind: 'activities',
        activities: ['taallab-participating'],
        referredOn: '2025-03-04',
      }),
    onTheDay: () =>
      referInquiry(talkedTo(), {
        kind: 'activities',
        activities: ['taallab-participating'],
        referredOn: '2025-03-05',
      }),
  },
  'closing-after-last-step': {
    code: 'INQUIRY.DATE_OUT_OF_ORDER',
    early: () => closeInquiry(referred(), { closedOn: '2025-03-05', outcome: 'referred' }),
    onTheDay: () => closeInquiry(referred(), { closedOn: '2025-03-06', outcome: 'referred' }),
  },
  'intake-after-inquiry': {
    code: 'INTAKE.DATE_OUT_OF_ORDER',
    early: () => intakeOn('2025-03-02', talkedTo()),
    onTheDay: () => intakeOn('2025-03-03', talkedTo()),
  },
  'intake-after-referral': {
    code: 'INTAKE.DATE_OUT_OF_ORDER',
    early: () => intakeOn('2025-03-05', referred()),
    onTheDay: () => intakeOn('2025-03-06', referred()),
  },
  'application-after-conversation': {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    // aRequest submits on 2025-03-03; the intake (02-10) came first.
    early: () => assertEligible(aRequest(), aContext({ exploratoryConversationsOn: ['2025-03-04'] })),
    onTheDay: () => assertEligible(aRequest(), aContext({ exploratoryConversationsOn: ['2025-03-03'] })),
  },
  'application-after-intake': {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    // aRequest submits on 2025-03-03, in the round's window.
    early: () => assertEligible(aRequest(), aContext({ intakes: [anIntake({ heldOn: '2025-03-04' })] })),
    onTheDay: () => assertEligible(aRequest(), aContext({ intakes: [anIntake({ heldOn: '2025-03-03' })] })),
  },
  'information-request-after-application': {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    early: () => requestInformation(anApplication(), { requestedOn: '2025-03-02', question: 'Begroting' }),
    onTheDay: () => requestInformation(anApplication(), { requestedOn: '2025-03-03', question: 'Begroting' }),
  },
  'resubmission-after-request': {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    early: () => resubmitApplication(awaitingInformation(), { resubmittedOn: '2025-03-09' }),
    onTheDay: () => resubmitApplication(awaitingInformation(), { resubmittedOn: '2025-03-10' }),
  },
  'decision-after-application': {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    early: () =>
      rejectApplication(anApplication(), {
        decidedOn: '2025-03-02',
        reasonCode: 'budget-exhausted',
        reasonText: 'Op',
      }),
    onTheDay: () => grantApplication(anApplication(), { decidedOn: '2025-03-03' }),
  },
  'withdrawal-after-application': {
    code: 'APPLICATION.DATE_OUT_OF_ORDER',
    early: () => withdrawApplication(awaitingInformation(), { withdrawnOn: '2025-03-09' }),
    onTheDay: () => withdrawApplication(awaitingInformation(), { withdrawnOn: '2025-03-10' }),
  },
  'start-after-enrolment': {
    code: 'PARTICIPATION.DATE_OUT_OF_ORDER',
    early: () => startParticipation(enrolled(), { startedOn: '2025-04-14' }),
    onTheDay: () => startParticipation(enrolled(), { startedOn: '2025-04-15' }),
  },
  'completion-after-start': {
    code: 'PARTICIPATION.DATE_OUT_OF_ORDER',
    early: () =>
      completeParticipation(started(), { completedOn: '2025-08-24', pupilDevelopmentImproved: true }),
    onTheDay: () =>
      completeParticipation(started(), { completedOn: '2025-08-25', pupilDevelopmentImproved: true }),
  },
  'withdrawal-after-start': {
    code: 'PARTICIPATION.DATE_OUT_OF_ORDER',
    early: () => withdrawParticipation(started(), { withdrawnOn: '2025-08-24', reasonCode: 'capacity' }),
    onTheDay: () => withdrawParticipation(started(), { withdrawnOn: '2025-08-25', reasonCode: 'capacity' }),
  },
  'coach-trained-after-enrolment': {
    code: 'PARTICIPATION.DATE_OUT_OF_ORDER',
    early: () => recordExpertCoachTrained(enrolled(), { coachId: 'coach-1', trainedOn: '2025-04-14' }),
    onTheDay: () => recordExpertCoachTrained(enrolled(), { coachId: 'coach-1', trainedOn: '2025-04-15' }),
  },
  'assessment-after-completion': {
    code: 'PARTICIPATION.ASSESSED_TOO_EARLY',
    early: () => assessSustainability(completed(), { assessedOn: '2027-06-29', sustainableCulture: true }),
    onTheDay: () => assessSustainability(completed(), { assessedOn: '2027-06-30', sustainableCulture: true }),
  },
};

function errorOf(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error as DomainError;
    throw error;
  }
  throw new Error('expected the step to be refused');
}

describe('no fact dated before the step it follows', () => {
  it('has a case below for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(FACT_ORDER_RULES).sort());
  });

  it.each(Object.entries(CASES))(
    'refuses a step a day early, and takes it on the day: %s',
    (rule, { code, early, onTheDay }) => {
      const error = errorOf(early);

      expect(error.code).toBe(code);
      expect(error.details).toMatchObject({ rule });
      expect(error.message).toContain(`(${rule})`);
      expect(onTheDay).not.toThrow();
    },
  );

  it('leaves a day that is not one to the caller’s own check', () => {
    expect(factOrderViolation('completion-after-start', '2025-02-30', '2025-03-01')).toBeUndefined();
  });
});

describe('an intake and its inquiry', () => {
  it('refuses an intake of another school than its inquiry’s', () => {
    const act = () =>
      completeIntake(
        undefined,
        {
          intakeId: ids.intake,
          brin: '34CD',
          activity: 'groeikracht',
          outcome: 'fit',
          notes: '',
          heldOn: '2025-03-10',
        },
        { inquiry: referred() },
      );

    expect(errorOf(act)).toMatchObject({
      code: 'INTAKE.SCHOOL_MISMATCH',
      details: { inquiryBrin: '12AB', brin: '34CD' },
    });
  });

  it('takes an intake that names the school of an inquiry from a school that was not registered', () => {
    const { brin: _none, ...unregistered } = referred();

    expect(() =>
      completeIntake(
        undefined,
        {
          intakeId: ids.intake,
          brin: '34CD',
          activity: 'groeikracht',
          outcome: 'fit',
          notes: '',
          heldOn: '2025-03-10',
        },
        { inquiry: unregistered },
      ),
    ).not.toThrow();
  });
});
