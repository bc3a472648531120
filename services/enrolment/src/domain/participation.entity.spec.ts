import {
  ExpertCoachTrainedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV2,
  SchoolWithdrewV1,
  SustainabilityAssessedV1,
} from '@okr/contracts';
import {
  aContext,
  anApplication,
  anIntake,
  aRequest,
  aSchool,
  codeOf,
  ids,
  problemsOf,
} from '../../test/enrolment.fixtures';
import {
  assessSustainability,
  completeParticipation,
  enrolFromGrant,
  recordExpertCoachTrained,
  startParticipation,
  sustainabilityAssessableFrom,
  withdrawParticipation,
  type ParticipationState,
} from './participation.entity';
import {
  grantApplication,
  submitApplication,
  type SubsidyApplicationState,
} from './subsidy-application.entity';

const grantedFor = (
  activity: 'groeikracht' | 'development-school' = 'groeikracht',
): SubsidyApplicationState => {
  const context = aContext({ intakes: [anIntake({ activity })] });
  const submitted = submitApplication(
    undefined,
    {
      ...aRequest({ activity, requestedAmountCents: 1_000_000 }),
      applicationId: ids.application,
      motivation: 'Graag',
    },
    context,
  ).state;
  return grantApplication(submitted, { decidedOn: '2025-04-15' }).state;
};

const enrolled = (activity: 'groeikracht' | 'development-school' = 'groeikracht'): ParticipationState =>
  enrolFromGrant(undefined, {
    participationId: ids.participation,
    application: grantedFor(activity),
    school: aSchool({ pupilCount: 120 }),
    enrolledOn: '2025-04-15',
  }).state;

const active = (activity?: 'groeikracht' | 'development-school') =>
  startParticipation(enrolled(activity), { startedOn: '2025-08-25' }).state;

const completed = () =>
  completeParticipation(active(), { completedOn: '2026-07-10', pupilDevelopmentImproved: true }).state;

describe('enrolling a school from a grant', () => {
  it('enrols the school in the activity for the school year, with a snapshot of its equal-access flags', () => {
    const participation = enrolled();

    expect(participation).toMatchObject({
      brin: '12AB',
      activity: 'groeikracht',
      pillar: 'improvement-culture',
      sector: 'PO',
      schoolYear: '2025-2026',
      status: 'enrolled',
      applicationId: ids.application,
      roundId: ids.round,
      equalAccess: { smallRegional: true, specialTargetGroups: true },
    });
  });

  it('emits a SchoolEnrolled v2 event with the day of the enrolment that satisfies the contract', () => {
    const { events } = enrolFromGrant(undefined, {
      participationId: ids.participation,
      application: grantedFor(),
      school: aSchool(),
      enrolledOn: '2025-04-15',
    });

    expect(events[0]?.data).toMatchObject({
      participationId: ids.participation,
      applicationId: ids.application,
      enrolledOn: '2025-04-15',
    });
    expect(problemsOf(SchoolEnrolledV2, events[0]?.data)).toEqual([]);
  });

  it('refuses to enrol from an application that was not granted', () => {
    const act = () =>
      enrolFromGrant(undefined, {
        participationId: ids.participation,
        application: anApplication(),
        school: aSchool(),
        enrolledOn: '2025-04-15',
      });

    expect(codeOf(act)).toBe('PARTICIPATION.APPLICATION_NOT_GRANTED');
  });

  it('refuses to enrol another school than the one that applied', () => {
    const act = () =>
      enrolFromGrant(undefined, {
        participationId: ids.participation,
        application: grantedFor(),
        school: aSchool({ brin: '34CD' }),
        enrolledOn: '2025-04-15',
      });

    expect(codeOf(act)).toBe('PARTICIPATION.SCHOOL_MISMATCH');
  });

  it('refuses to enrol the same participation twice', () => {
    const act = () =>
      enrolFromGrant(enrolled(), {
        participationId: ids.participation,
        application: grantedFor(),
        school: aSchool(),
        enrolledOn: '2025-04-15',
      });

    expect(codeOf(act)).toBe('PARTICIPATION.ALREADY_ENROLLED');
  });
});

describe('the course of a participation', () => {
  it('starts an enrolled participation without an event', () => {
    const { state, events } = startParticipation(enrolled(), { startedOn: '2025-08-25' });

    expect(state).toMatchObject({ status: 'active', startedOn: '2025-08-25' });
    expect(events).toEqual([]);
  });

  it('completes an active trajectory with whether pupil development improved', () => {
    const { state, events } = completeParticipation(active(), {
      completedOn: '2026-07-10',
      pupilDevelopmentImproved: false,
    });

    expect(state).toMatchObject({
      status: 'completed',
      completedOn: '2026-07-10',
      pupilDevelopmentImproved: false,
    });
    expect(problemsOf(ParticipationCompletedV1, events[0]?.data)).toEqual([]);
  });

  it('emits a ParticipationCompleted event that satisfies the contract for an activity outside improvement culture', () => {
    const { events } = completeParticipation(active('development-school'), { completedOn: '2026-07-10' });

    expect(events[0]?.data).not.toHaveProperty('pupilDevelopmentImproved');
    expect(problemsOf(ParticipationCompletedV1, events[0]?.data)).toEqual([]);
  });

  it('requires pupil development for an improvement-culture trajectory', () => {
    expect(codeOf(() => completeParticipation(active(), { completedOn: '2026-07-10' }))).toBe(
      'PARTICIPATION.PUPIL_DEVELOPMENT_REQUIRED',
    );
  });

  it('refuses pupil development for other activities', () => {
    const act = () =>
      completeParticipation(active('development-school'), {
        completedOn: '2026-07-10',
        pupilDevelopmentImproved: true,
      });

    expect(codeOf(act)).toBe('PARTICIPATION.PUPIL_DEVELOPMENT_NOT_APPLICABLE');
  });

  it('refuses to complete a participation that never started', () => {
    const act = () =>
      completeParticipation(enrolled(), { completedOn: '2026-07-10', pupilDevelopmentImproved: true });

    expect(codeOf(act)).toBe('PARTICIPATION.INVALID_TRANSITION');
  });

  it('refuses a completion dated before the start', () => {
    const act = () =>
      completeParticipation(active(), { completedOn: '2025-08-01', pupilDevelopmentImproved: true });

    expect(codeOf(act)).toBe('PARTICIPATION.DATE_OUT_OF_ORDER');
  });

  it('refuses to start a participation twice', () => {
    expect(codeOf(() => startParticipation(active(), { startedOn: '2025-09-01' }))).toBe(
      'PARTICIPATION.INVALID_TRANSITION',
    );
  });
});

describe('withdrawing from a participation', () => {
  it('withdraws an enrolled or active school with a reason code', () => {
    const { state, events } = withdrawParticipation(active(), {
      withdrawnOn: '2025-11-01',
      reasonCode: 'leadership-change',
      notes: 'Nieuwe directeur wil eerst de basis op orde.',
    });

    expect(state).toMatchObject({ status: 'withdrawn', withdrawal: { reasonCode: 'leadership-change' } });
    expect(JSON.stringify(events)).not.toContain('directeur');
    expect(
      withdrawParticipation(enrolled(), { withdrawnOn: '2025-05-01', reasonCode: 'capacity' }).state.status,
    ).toBe('withdrawn');
  });

  it('emits a SchoolWithdrew event that satisfies the contract', () => {
    const { events } = withdrawParticipation(active(), { withdrawnOn: '2025-11-01', reasonCode: 'merger' });

    expect(problemsOf(SchoolWithdrewV1, events[0]?.data)).toEqual([]);
  });

  it('refuses an unknown reason code', () => {
    const act = () =>
      withdrawParticipation(active(), { withdrawnOn: '2025-11-01', reasonCode: 'bored' as 'other' });

    expect(codeOf(act)).toBe('PARTICIPATION.INVALID_WITHDRAWAL_REASON');
  });

  it('refuses to withdraw from a completed participation', () => {
    expect(
      codeOf(() => withdrawParticipation(completed(), { withdrawnOn: '2026-08-01', reasonCode: 'other' })),
    ).toBe('PARTICIPATION.INVALID_TRANSITION');
  });
});

describe('assessing sustainability', () => {
  it('can be assessed from 12 calendar months after completion', () => {
    expect(sustainabilityAssessableFrom('2026-07-10')).toBe('2027-07-10');
    expect(sustainabilityAssessableFrom('2024-02-29')).toBe('2025-02-28');
  });

  it('records whether a completed trajectory shows a sustainable culture a year later', () => {
    const { state, events } = assessSustainability(completed(), {
      assessedOn: '2027-07-10',
      sustainableCulture: true,
    });

    expect(state.sustainability).toEqual({ sustainableCulture: true, assessedOn: '2027-07-10' });
    expect(problemsOf(SustainabilityAssessedV1, events[0]?.data)).toEqual([]);
  });

  it('refuses an assessment less than a year after completion', () => {
    expect(
      codeOf(() => assessSustainability(completed(), { assessedOn: '2027-07-09', sustainableCulture: true })),
    ).toBe('PARTICIPATION.ASSESSED_TOO_EARLY');
  });

  it('refuses to assess a trajectory that was not completed', () => {
    expect(
      codeOf(() => assessSustainability(active(), { assessedOn: '2027-07-10', sustainableCulture: true })),
    ).toBe('PARTICIPATION.NOT_COMPLETED');
  });

  it('refuses to assess an activity outside improvement culture', () => {
    const labCompleted = completeParticipation(active('development-school'), {
      completedOn: '2026-07-10',
    }).state;

    expect(
      codeOf(() =>
        assessSustainability(labCompleted, { assessedOn: '2027-08-01', sustainableCulture: true }),
      ),
    ).toBe('PARTICIPATION.NOT_IMPROVEMENT_CULTURE');
  });

  it('refuses a second assessment', () => {
    const assessed = assessSustainability(completed(), {
      assessedOn: '2027-07-10',
      sustainableCulture: false,
    }).state;

    expect(
      codeOf(() => assessSustainability(assessed, { assessedOn: '2027-09-01', sustainableCulture: true })),
    ).toBe('PARTICIPATION.ALREADY_ASSESSED');
  });
});

describe('training expert coaches', () => {
  it('records a trained coach of an improvement-culture trajectory', () => {
    const { state, events } = recordExpertCoachTrained(active(), {
      coachId: ids.coach,
      trainedOn: '2025-12-12',
    });

    expect(state.trainedCoaches).toEqual([{ coachId: ids.coach, trainedOn: '2025-12-12' }]);
    expect(problemsOf(ExpertCoachTrainedV1, events[0]?.data)).toEqual([]);
  });

  it('refuses the same coach twice', () => {
    const trained = recordExpertCoachTrained(active(), { coachId: ids.coach, trainedOn: '2025-12-12' }).state;

    expect(
      codeOf(() => recordExpertCoachTrained(trained, { coachId: ids.coach, trainedOn: '2026-01-12' })),
    ).toBe('PARTICIPATION.COACH_ALREADY_TRAINED');
  });

  it('refuses a coach for an activity outside improvement culture', () => {
    const act = () =>
      recordExpertCoachTrained(active('development-school'), { coachId: ids.coach, trainedOn: '2025-12-12' });

    expect(codeOf(act)).toBe('PARTICIPATION.NOT_IMPROVEMENT_CULTURE');
  });

  it('refuses a training completed before the school enrolled', () => {
    expect(
      codeOf(() => recordExpertCoachTrained(active(), { coachId: ids.coach, trainedOn: '2025-01-01' })),
    ).toBe('PARTICIPATION.DATE_OUT_OF_ORDER');
  });
});
