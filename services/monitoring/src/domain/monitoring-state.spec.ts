import {
  CongressHeldV1,
  CourseGivenV1,
  DevelopmentSchoolTrainedV1,
  ExpertSchoolCertifiedV1,
  ExpertSchoolQualityReviewedV1,
  RegionalNetworkFormedV1,
  ExpertCoachTrainedV1,
  ExploratoryConversationHeldV1,
  InquiryClosedV1,
  InquiryReceivedV1,
  InquiryReferredV1,
  InquiryReferredV2,
  IntakeCompletedV1,
  KennisrotondeQuestionAnsweredV1,
  KennisrotondeQuestionReceivedV1,
  KnowledgeProductPublishedV1,
  KnowledgeProductRatedV1,
  KnowledgeProductRetiredV1,
  KnowledgeProductRevisedV1,
  KnowledgeProductUsedV1,
  ParticipationCompletedV1,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  SchoolProfileUpdatedV1,
  SchoolRegisteredV1,
  SchoolRegisteredV2,
  SchoolWithdrewV1,
  SubsidyApplicationSubmittedV1,
  SubsidyApplicationWithdrawnV1,
  SubsidyGrantedV1,
  SubsidyInformationRequestedV1,
  SubsidyRejectedV1,
  SubsidyRoundOpenedV1,
  SustainabilityAssessedV1,
  DiagnosisDeliveredV1,
  InterventionDesignedV1,
  LabPhaseEnteredV1,
  LabSchoolJoinedV1,
  LabSchoolLeftV1,
  LabStartedV1,
  PilotCompletedV1,
  StudyCompletedV1,
  SubProjectDecidedV1,
  SubProjectPhaseEnteredV1,
  SubProjectStartedV1,
  TeacherTrainingInstituteJoinedV1,
  TeacherTrainingInstituteLeftV1,
  ThematicReportPublishedV1,
} from '@okr/contracts';
import { NO_EQUAL_ACCESS_FLAGS, uuidOf } from '@okr/contracts/testing';
import { anEvent, anUnknownEvent, redelivered, stateOf } from '../../test/support/projected-events';
import {
  applyChanges,
  applyEvent,
  changesOf,
  projectsVersion,
  type RecordRef,
  recordOf,
  restoredState,
  STATE_TABLES,
  countIgnored,
  emptyState,
  PROJECTED_EVENT_TYPES,
  type MonitoringState,
} from './monitoring-state';
import { participationKey } from './projections/enrolment/participation.projection';
import type { ProjectedEvent } from './projected-event';

const trajectory = { brin: '12AB', activity: 'groeikracht', sector: 'PO', schoolYear: '2024-2025' } as const;
const key = participationKey('12AB', 'groeikracht', '2024-2025');
const weak = { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true };

// A fixed permutation, so a failure can be replayed.
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let value = seed;
  for (let index = result.length - 1; index > 0; index -= 1) {
    value = (value * 1_103_515_245 + 12_345) % 2_147_483_648;
    const other = value % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/** One of every projected event, about a few schools, inquiries and applications. */
function aBusyHistory(): ProjectedEvent[] {
  const application = { applicationId: uuidOf(20), brin: '12AB', roundId: uuidOf(30) };
  return [
    anEvent(SchoolRegisteredV1, { brin: '12AB', equalAccess: weak }, { occurredAt: '2023-09-01T08:00:00Z' }),
    anEvent(SchoolProfileUpdatedV1, { brin: '12AB', sector: 'PO' }, { occurredAt: '2024-02-01T08:00:00Z' }),
    anEvent(SchoolRegisteredV1, { brin: '34CD', sector: 'VO' }, { occurredAt: '2023-09-02T08:00:00Z' }),
    anEvent(InquiryReceivedV1, { inquiryId: uuidOf(10), brin: '12AB' }),
    anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(10), brin: '12AB' }),
    anEvent(
      InquiryReferredV1,
      { inquiryId: uuidOf(10), brin: '12AB' },
      { occurredAt: '2024-01-25T10:00:00Z' },
    ),
    anEvent(
      InquiryReferredV1,
      { inquiryId: uuidOf(10), brin: '12AB', activities: ['de-transformatieve-school'] },
      { occurredAt: '2024-01-26T10:00:00Z' },
    ),
    anEvent(InquiryClosedV1, { inquiryId: uuidOf(10), brin: '12AB' }),
    anEvent(IntakeCompletedV1, { intakeId: uuidOf(11), brin: '12AB', inquiryId: uuidOf(10) }),
    anEvent(SubsidyRoundOpenedV1, { roundId: uuidOf(30) }),
    anEvent(SubsidyApplicationSubmittedV1, application),
    anEvent(SubsidyGrantedV1, application),
    anEvent(SubsidyApplicationSubmittedV1, { applicationId: uuidOf(21), brin: '34CD', roundId: uuidOf(30) }),
    anEvent(SubsidyRejectedV1, { applicationId: uuidOf(21), brin: '34CD', roundId: uuidOf(30) }),
    anEvent(SubsidyApplicationWithdrawnV1, { applicationId: uuidOf(22), brin: '34CD', roundId: uuidOf(30) }),
    anEvent(
      SchoolEnrolledV1,
      { ...trajectory, applicationId: uuidOf(20) },
      { occurredAt: '2024-04-01T08:00:00Z' },
    ),
    anEvent(
      SchoolEnrolledV1,
      { ...trajectory, schoolYear: '2025-2026' },
      { occurredAt: '2025-04-01T08:00:00Z' },
    ),
    anEvent(SchoolEnrolledV1, {
      brin: '34CD',
      activity: 'taallab-participating',
      sector: 'VO',
      schoolYear: '2024-2025',
    }),
    anEvent(SchoolWithdrewV1, {
      brin: '34CD',
      activity: 'taallab-participating',
      sector: 'VO',
      schoolYear: '2024-2025',
    }),
    anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(40), brin: '12AB', trainedOn: '2024-10-01' }),
    anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(40), brin: '12AB', trainedOn: '2025-10-01' }),
    anEvent(ParticipationCompletedV1, { ...trajectory, pupilDevelopmentImproved: true }),
    anEvent(SustainabilityAssessedV1, { brin: '12AB', schoolYear: '2024-2025', sustainableCulture: false }),
    anEvent(
      SustainabilityAssessedV1,
      { brin: '12AB', schoolYear: '2024-2025', sustainableCulture: true, assessedOn: '2025-10-01' },
      { occurredAt: '2025-10-02T08:00:00Z' },
    ),
  ];
}

describe('applying events to the monitoring state', () => {
  describe('redelivery', () => {
    it('does not count a redelivered event twice', () => {
      const enrolled = anEvent(SchoolEnrolledV1, trajectory);
      const state = stateOf([enrolled]);
      const before = structuredClone(state);

      const changed = applyEvent(state, redelivered(enrolled));

      expect(changed).toBe(false);
      expect(state).toEqual(before);
    });

    it('changes nothing when every projected event is delivered a second time', () => {
      const history = aBusyHistory();
      const state = stateOf(history);
      const before = structuredClone(state);

      const changes = history.map((event) => applyEvent(state, redelivered(event)));

      expect(changes.every((changed) => !changed)).toBe(true);
      expect(state).toEqual(before);
    });

    it('reports a change when an event adds a fact', () => {
      const state = stateOf([anEvent(SchoolEnrolledV1, trajectory)]);

      expect(applyEvent(state, anEvent(SchoolWithdrewV1, trajectory))).toBe(true);
    });
  });

  describe('arrival order', () => {
    it('ends in the same state when a withdrawal arrives before its enrolment', () => {
      const enrolled = anEvent(SchoolEnrolledV1, trajectory, { occurredAt: '2024-04-01T08:00:00Z' });
      const withdrew = anEvent(SchoolWithdrewV1, { ...trajectory, sector: 'PO', withdrawnOn: '2024-06-01' });

      expect(stateOf([withdrew, enrolled])).toEqual(stateOf([enrolled, withdrew]));
    });

    it('ends in the same state whatever order the events of many entities arrive in', () => {
      const history = aBusyHistory();
      const natural = stateOf(history);

      for (const order of [
        [...history].reverse(),
        shuffled(history, 1),
        shuffled(history, 2),
        shuffled(history, 3),
      ]) {
        expect(stateOf(order)).toEqual(natural);
      }
    });

    it('breaks a tie between two profiles at the same moment by eventId, not by arrival', () => {
      const at = { occurredAt: '2024-02-01T08:00:00Z' };
      const first = anEvent(
        SchoolProfileUpdatedV1,
        { brin: '12AB', equalAccess: weak },
        { ...at, eventId: uuidOf(1) },
      );
      const second = anEvent(
        SchoolProfileUpdatedV1,
        { brin: '12AB', equalAccess: NO_EQUAL_ACCESS_FLAGS },
        { ...at, eventId: uuidOf(2) },
      );

      expect(stateOf([second, first])).toEqual(stateOf([first, second]));
      expect(stateOf([second, first]).schools['12AB']?.equalAccess).toEqual(NO_EQUAL_ACCESS_FLAGS);
    });

    it('compares moments written with and without fractions of a second as moments', () => {
      const earlier = anEvent(
        SchoolProfileUpdatedV1,
        { brin: '12AB', equalAccess: weak },
        { occurredAt: '2024-02-01T08:00:00Z' },
      );
      const later = anEvent(
        SchoolProfileUpdatedV1,
        { brin: '12AB', equalAccess: NO_EQUAL_ACCESS_FLAGS },
        { occurredAt: '2024-02-01T08:00:00.5Z' },
      );

      expect(stateOf([later, earlier]).schools['12AB']?.equalAccess).toEqual(NO_EQUAL_ACCESS_FLAGS);
    });
  });

  describe('schools', () => {
    it('records a registered school with its sector, equal-access flags and registration month', () => {
      const state = stateOf([
        anEvent(
          SchoolRegisteredV1,
          { brin: '12AB', sector: 'VO', equalAccess: weak },
          { occurredAt: '2024-03-31T23:30:00Z' },
        ),
      ]);

      // 23:30 UTC on 31 March 2024 is 01:30 on 1 April in Amsterdam: the programme calendar's month.
      expect(state.schools['12AB']).toMatchObject({
        sector: 'VO',
        equalAccess: weak,
        registeredMonth: '2024-04',
      });
    });

    it('dates a v2 registration by its business day, not by when it was recorded', () => {
      const state = stateOf([
        anEvent(
          SchoolRegisteredV2,
          { brin: '12AB', sector: 'VO', registeredOn: '2023-09-04' },
          { occurredAt: '2025-01-20T10:00:00Z' },
        ),
      ]);

      expect(state.schools['12AB']).toMatchObject({ sector: 'VO', registeredMonth: '2023-09' });
    });

    it('takes the profile of a later SchoolProfileUpdated, whatever the arrival order', () => {
      const registered = anEvent(
        SchoolRegisteredV1,
        { brin: '12AB', equalAccess: NO_EQUAL_ACCESS_FLAGS },
        { occurredAt: '2024-01-01T00:00:00Z' },
      );
      const updated = anEvent(
        SchoolProfileUpdatedV1,
        { brin: '12AB', equalAccess: weak },
        { occurredAt: '2024-05-01T00:00:00Z' },
      );

      const state = stateOf([updated, registered]);

      expect(state.schools['12AB']).toMatchObject({ equalAccess: weak, registeredMonth: '2024-01' });
    });

    it('does not make a school registered on a profile update alone', () => {
      const state = stateOf([anEvent(SchoolProfileUpdatedV1, { brin: '12AB' })]);

      expect(state.schools['12AB']?.registeredMonth).toBeUndefined();
    });
  });

  describe('participations', () => {
    it('records an enrolment keyed by school, activity and school year, enrolled at the envelope time', () => {
      const state = stateOf([
        anEvent(
          SchoolEnrolledV1,
          { ...trajectory, equalAccess: weak, applicationId: uuidOf(20) },
          { occurredAt: '2024-04-01T08:00:00Z' },
        ),
      ]);

      expect(state.participations[key]).toEqual({
        brin: '12AB',
        activity: 'groeikracht',
        pillar: 'improvement-culture',
        schoolYear: '2024-2025',
        sector: 'PO',
        enrolledAt: '2024-04-01T08:00:00.000Z',
        enrolmentStamp: expect.stringMatching(/^2024-04-01T08:00:00.000Z\|/),
        applicationId: uuidOf(20),
        equalAccess: weak,
        equalAccessStamp: expect.stringMatching(/^2024-04-01T08:00:00.000Z\|/),
      });
    });

    it('dates a v2 enrolment by its business day, not by when it was recorded', () => {
      const state = stateOf([
        anEvent(
          SchoolEnrolledV2,
          { ...trajectory, applicationId: uuidOf(20), enrolledOn: '2024-09-02' },
          { occurredAt: '2025-03-15T10:00:00Z' },
        ),
      ]);

      expect(state.participations[key]).toMatchObject({
        enrolledAt: '2024-09-02',
        applicationId: uuidOf(20),
        enrolmentStamp: expect.stringMatching(/^2025-03-15T10:00:00.000Z\|/),
      });
    });

    it('keeps the earliest recorded enrolment when a v1 and a v2 of the same participation arrive', () => {
      const events = [
        anEvent(
          SchoolEnrolledV1,
          { ...trajectory, applicationId: uuidOf(20) },
          { occurredAt: '2024-09-03T08:00:00Z' },
        ),
        anEvent(
          SchoolEnrolledV2,
          { ...trajectory, applicationId: uuidOf(21), enrolledOn: '2024-09-01' },
          { occurredAt: '2024-09-05T08:00:00Z' },
        ),
      ];

      expect(stateOf(events)).toEqual(stateOf([...events].reverse()));
      expect(stateOf(events).participations[key]).toMatchObject({
        enrolledAt: '2024-09-03T08:00:00.000Z',
        applicationId: uuidOf(20),
      });
    });

    it('merges a withdrawal, a completion and an assessment into the same participation', () => {
      const state = stateOf([
        anEvent(SchoolEnrolledV1, trajectory),
        anEvent(SchoolWithdrewV1, { ...trajectory, withdrawnOn: '2024-06-01' }),
        anEvent(ParticipationCompletedV1, {
          ...trajectory,
          completedOn: '2025-07-01',
          pupilDevelopmentImproved: true,
        }),
        anEvent(SustainabilityAssessedV1, {
          brin: '12AB',
          schoolYear: '2024-2025',
          assessedOn: '2026-07-01',
        }),
      ]);

      expect(Object.keys(state.participations)).toEqual([key]);
      expect(state.participations[key]).toMatchObject({
        withdrawnOn: '2024-06-01',
        completedOn: '2025-07-01',
        pupilDevelopmentImproved: true,
        sustainableCulture: true,
        assessedOn: '2026-07-01',
      });
    });

    it('does not make a participant of a withdrawal alone', () => {
      const state = stateOf([anEvent(SchoolWithdrewV1, trajectory)]);

      expect(state.participations[key]?.enrolledAt).toBeUndefined();
    });

    it("keeps the earliest enrolment's time and application when a school is enrolled twice", () => {
      const early = anEvent(
        SchoolEnrolledV1,
        { ...trajectory, applicationId: uuidOf(1) },
        { occurredAt: '2024-04-01T08:00:00Z' },
      );
      const late = anEvent(
        SchoolEnrolledV1,
        { ...trajectory, applicationId: uuidOf(2) },
        { occurredAt: '2024-05-01T08:00:00Z' },
      );

      const state = stateOf([late, early]);

      expect(state.participations[key]).toMatchObject({
        enrolledAt: '2024-04-01T08:00:00.000Z',
        applicationId: uuidOf(1),
      });
    });

    it('keeps the equal-access snapshot of the latest enrolment', () => {
      const early = anEvent(
        SchoolEnrolledV1,
        { ...trajectory, equalAccess: weak },
        { occurredAt: '2024-04-01T08:00:00Z' },
      );
      const late = anEvent(
        SchoolEnrolledV1,
        { ...trajectory, equalAccess: NO_EQUAL_ACCESS_FLAGS },
        { occurredAt: '2024-05-01T08:00:00Z' },
      );

      expect(stateOf([late, early]).participations[key]?.equalAccess).toEqual(NO_EQUAL_ACCESS_FLAGS);
    });

    it('keeps the sector of the enrolment over the sector other participation events name', () => {
      const withdrew = anEvent(SchoolWithdrewV1, { ...trajectory, sector: 'VO' });
      const enrolled = anEvent(SchoolEnrolledV1, { ...trajectory, sector: 'PO' });

      expect(stateOf([withdrew, enrolled]).participations[key]?.sector).toBe('PO');
      expect(stateOf([enrolled, withdrew]).participations[key]?.sector).toBe('PO');
    });

    it('keeps the earliest withdrawal day', () => {
      const state = stateOf([
        anEvent(SchoolWithdrewV1, { ...trajectory, withdrawnOn: '2024-06-01' }),
        anEvent(SchoolWithdrewV1, { ...trajectory, withdrawnOn: '2024-05-01' }),
      ]);

      expect(state.participations[key]?.withdrawnOn).toBe('2024-05-01');
    });

    it('keeps the latest assessment when a trajectory is reassessed', () => {
      const first = anEvent(
        SustainabilityAssessedV1,
        { brin: '12AB', schoolYear: '2024-2025', sustainableCulture: false, assessedOn: '2025-09-01' },
        { occurredAt: '2025-09-01T10:00:00Z' },
      );
      const second = anEvent(
        SustainabilityAssessedV1,
        { brin: '12AB', schoolYear: '2024-2025', sustainableCulture: true, assessedOn: '2025-12-01' },
        { occurredAt: '2025-12-01T10:00:00Z' },
      );

      expect(stateOf([second, first]).participations[key]).toMatchObject({
        sustainableCulture: true,
        assessedOn: '2025-12-01',
      });
    });
  });

  describe('coaches', () => {
    it('records a coach once, with the school and sector of the first training', () => {
      const state = stateOf([
        anEvent(ExpertCoachTrainedV1, {
          coachId: uuidOf(40),
          brin: '34CD',
          sector: 'VO',
          trainedOn: '2025-10-01',
        }),
        anEvent(ExpertCoachTrainedV1, {
          coachId: uuidOf(40),
          brin: '12AB',
          sector: 'PO',
          trainedOn: '2024-10-01',
        }),
      ]);

      expect(state.coaches).toEqual({
        [uuidOf(40)]: expect.objectContaining({ brin: '12AB', sector: 'PO', trainedOn: '2024-10-01' }),
      });
    });
  });

  describe('the funnel', () => {
    it('records an inquiry as received, talked about and referred, the referral at the envelope time', () => {
      const state = stateOf([
        anEvent(InquiryReceivedV1, { inquiryId: uuidOf(10), receivedAt: '2024-01-10T10:00:00Z' }),
        anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(10), brin: '12AB', heldOn: '2024-01-20' }),
        anEvent(
          InquiryReferredV1,
          { inquiryId: uuidOf(10), activities: ['groeikracht'] },
          { occurredAt: '2024-01-25T10:00:00Z' },
        ),
        anEvent(
          InquiryReferredV1,
          { inquiryId: uuidOf(10), activities: ['development-school'] },
          { occurredAt: '2024-02-25T10:00:00Z' },
        ),
        anEvent(InquiryClosedV1, { inquiryId: uuidOf(10), closedOn: '2024-03-01', outcome: 'referred' }),
      ]);

      expect(state.inquiries[uuidOf(10)]).toMatchObject({
        brin: '12AB',
        receivedAt: '2024-01-10T10:00:00.000Z',
        conversationOn: '2024-01-20',
        referredAt: '2024-01-25T10:00:00.000Z',
        referredActivities: ['development-school', 'groeikracht'],
        closedOn: '2024-03-01',
        outcome: 'referred',
      });
    });

    it('dates a v2 referral by its business day, so a referral recorded late keeps its day', () => {
      const state = stateOf([
        anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(10), brin: '12AB', heldOn: '2024-01-20' }),
        anEvent(
          InquiryReferredV2,
          { inquiryId: uuidOf(10), brin: '12AB', activities: ['groeikracht'], referredOn: '2024-01-22' },
          { occurredAt: '2024-03-01T10:00:00Z' },
        ),
      ]);

      expect(state.inquiries[uuidOf(10)]).toMatchObject({
        referredAt: '2024-01-22',
        referredActivities: ['groeikracht'],
      });
    });

    it('does not record a referral outside the programme as a referral to activities', () => {
      const state = stateOf([
        anEvent(InquiryReferredV1, { inquiryId: uuidOf(10), referral: 'outside-programme', activities: [] }),
      ]);

      expect(state.inquiries[uuidOf(10)]?.referredAt).toBeUndefined();
    });

    it('records an intake with its outcome and the inquiry it came from', () => {
      const state = stateOf([
        anEvent(IntakeCompletedV1, {
          intakeId: uuidOf(11),
          brin: '12AB',
          outcome: 'no-fit',
          inquiryId: uuidOf(10),
        }),
      ]);

      expect(state.intakes[uuidOf(11)]).toMatchObject({
        brin: '12AB',
        outcome: 'no-fit',
        inquiryId: uuidOf(10),
      });
    });

    it('records a subsidy application with its submission and grant, and a round with its budget', () => {
      const application = { applicationId: uuidOf(20), brin: '12AB', roundId: uuidOf(30) };
      const state = stateOf([
        anEvent(SubsidyGrantedV1, { ...application, grantedAmountCents: 4_000_000, decidedOn: '2024-03-20' }),
        anEvent(SubsidyApplicationSubmittedV1, { ...application, submittedAt: '2024-02-20T12:00:00Z' }),
        anEvent(SubsidyRoundOpenedV1, {
          roundId: uuidOf(30),
          budgetCents: 90_000_000,
          maxGrants: 12,
          schoolYear: '2024-2025',
        }),
      ]);

      expect(state.applications[uuidOf(20)]).toMatchObject({
        brin: '12AB',
        roundId: uuidOf(30),
        activity: 'groeikracht',
        submittedAt: '2024-02-20T12:00:00.000Z',
        grantedOn: '2024-03-20',
        grantedCents: 4_000_000,
      });
      expect(state.rounds[uuidOf(30)]).toMatchObject({
        budgetCents: 90_000_000,
        maxGrants: 12,
        schoolYear: '2024-2025',
      });
    });

    it('records a rejection and a withdrawal of an application', () => {
      const application = { applicationId: uuidOf(20), brin: '12AB', roundId: uuidOf(30) };
      const state = stateOf([
        anEvent(SubsidyRejectedV1, { ...application, decidedOn: '2024-03-20' }),
        anEvent(SubsidyApplicationWithdrawnV1, { ...application, withdrawnOn: '2024-03-01' }),
      ]);

      expect(state.applications[uuidOf(20)]).toMatchObject({
        rejectedOn: '2024-03-20',
        withdrawnOn: '2024-03-01',
      });
    });
  });

  describe('events it does not project', () => {
    it.each([
      [
        'a known type it has no use for',
        anEvent(SubsidyInformationRequestedV1, { applicationId: uuidOf(20) }),
      ],
      ['an unknown type', anUnknownEvent('NewsletterSent', 1, { newsletterId: uuidOf(1) })],
      ['a newer version of a projected type', { ...anEvent(SchoolEnrolledV1, trajectory), version: 3 }],
    ])('leaves the state unchanged for %s', (_, event) => {
      const state = emptyState();

      expect(applyEvent(state, event)).toBe(false);
      expect(state).toEqual(emptyState());
    });

    it('names the event types it projects', () => {
      expect([...PROJECTED_EVENT_TYPES].sort()).toEqual([
        'CongressHeld',
        'CourseGiven',
        'DevelopmentSchoolTrained',
        'DiagnosisDelivered',
        'ExpertCoachTrained',
        'ExpertSchoolCertified',
        'ExpertSchoolQualityReviewed',
        'ExploratoryConversationHeld',
        'InquiryClosed',
        'InquiryReceived',
        'InquiryReferred',
        'IntakeCompleted',
        'InterventionDesigned',
        'KennisrotondeQuestionAnswered',
        'KennisrotondeQuestionReceived',
        'KnowledgeProductPublished',
        'KnowledgeProductRated',
        'KnowledgeProductRetired',
        'KnowledgeProductRevised',
        'KnowledgeProductUsed',
        'LabPhaseEntered',
        'LabSchoolJoined',
        'LabSchoolLeft',
        'LabStarted',
        'ParticipationCompleted',
        'PilotCompleted',
        'RegionalNetworkFormed',
        'SchoolEnrolled',
        'SchoolProfileUpdated',
        'SchoolRegistered',
        'SchoolWithdrew',
        'StudyCompleted',
        'SubProjectDecided',
        'SubProjectPhaseEntered',
        'SubProjectStarted',
        'SubsidyApplicationSubmitted',
        'SubsidyApplicationWithdrawn',
        'SubsidyGranted',
        'SubsidyRejected',
        'SubsidyRoundOpened',
        'SustainabilityAssessed',
        'TeacherTrainingInstituteJoined',
        'TeacherTrainingInstituteLeft',
        'ThematicReportPublished',
      ]);
    });

    it('restores a checkpoint written before a projection existed with that projection empty', () => {
      const saved = stateOf([anEvent(SchoolRegisteredV1, { brin: '12AB' })]);
      const { expertSchools: _added, ...older } = saved;

      const restored = restoredState(older);

      expect(restored).toEqual(saved);
      expect(applyEvent(restored, anEvent(ExpertSchoolCertifiedV1, { brin: '12AB' }))).toBe(true);
    });

    it('counts ignored events by type and version', () => {
      const state = emptyState();

      countIgnored(state, 'SchoolEnrolled', 2);
      countIgnored(state, 'SchoolEnrolled', 2);
      countIgnored(state, 'LabStarted', 1);

      expect(state.ignored).toEqual({ 'SchoolEnrolled@2': 2, 'LabStarted@1': 1 });
    });
  });

  describe('snapshots', () => {
    it('survives a JSON round trip and goes on merging the same way', () => {
      const history = aBusyHistory();
      const half = Math.floor(history.length / 2);
      const restored = JSON.parse(JSON.stringify(stateOf(history.slice(0, half)))) as MonitoringState;

      for (const event of history.slice(half)) applyEvent(restored, event);

      expect(restored).toEqual(stateOf(history));
    });
  });
});

describe('projectsVersion', () => {
  it('reads the versions of the types it uses that it knows, and no newer version of them', () => {
    expect(projectsVersion('SchoolEnrolled', 1)).toBe(true);
    expect(projectsVersion('SchoolEnrolled', 2)).toBe(true);
    expect(projectsVersion('SchoolEnrolled', 3)).toBe(false);
    expect(projectsVersion('SchoolProfileUpdated', 2)).toBe(false);
    expect(projectsVersion('SubsidyInformationRequested', 1)).toBe(false);
  });
});

// Every table of the state, whatever context it comes from.
const RECORD_TABLES: ReadonlyArray<RecordRef['table']> = STATE_TABLES;

describe('the record an event merges into', () => {
  const everyType: ProjectedEvent[] = [
    anEvent(SchoolRegisteredV1, { brin: '12AB' }),
    anEvent(SchoolProfileUpdatedV1, { brin: '12AB' }),
    anEvent(SchoolEnrolledV1, trajectory),
    anEvent(SchoolWithdrewV1, trajectory),
    anEvent(ParticipationCompletedV1, trajectory),
    anEvent(SustainabilityAssessedV1, { brin: '12AB', schoolYear: '2024-2025' }),
    anEvent(ExpertCoachTrainedV1, { coachId: uuidOf(1), brin: '12AB' }),
    anEvent(InquiryReceivedV1, { inquiryId: uuidOf(2) }),
    anEvent(ExploratoryConversationHeldV1, { inquiryId: uuidOf(2) }),
    anEvent(InquiryReferredV1, { inquiryId: uuidOf(2) }),
    anEvent(InquiryClosedV1, { inquiryId: uuidOf(2) }),
    anEvent(IntakeCompletedV1, { intakeId: uuidOf(3), brin: '12AB' }),
    anEvent(SubsidyRoundOpenedV1, { roundId: uuidOf(4) }),
    anEvent(SubsidyApplicationSubmittedV1, { applicationId: uuidOf(5), brin: '12AB', roundId: uuidOf(4) }),
    anEvent(SubsidyGrantedV1, { applicationId: uuidOf(5), brin: '12AB', roundId: uuidOf(4) }),
    anEvent(SubsidyRejectedV1, { applicationId: uuidOf(6), brin: '12AB', roundId: uuidOf(4) }),
    anEvent(SubsidyApplicationWithdrawnV1, { applicationId: uuidOf(7), brin: '12AB', roundId: uuidOf(4) }),
    anEvent(KnowledgeProductPublishedV1, { productId: uuidOf(8) }),
    anEvent(KnowledgeProductRevisedV1, { productId: uuidOf(8) }),
    anEvent(KnowledgeProductRetiredV1, { productId: uuidOf(8) }),
    anEvent(KnowledgeProductRatedV1, { ratingId: uuidOf(9) }),
    anEvent(KnowledgeProductUsedV1, { useId: uuidOf(10), brin: '12AB' }),
    anEvent(KennisrotondeQuestionReceivedV1, { caseId: uuidOf(11) }),
    anEvent(KennisrotondeQuestionAnsweredV1, { caseId: uuidOf(11) }),
    anEvent(CongressHeldV1, { gatheringId: uuidOf(12) }),
    anEvent(LabStartedV1),
    anEvent(LabPhaseEnteredV1),
    anEvent(LabSchoolJoinedV1),
    anEvent(LabSchoolLeftV1),
    anEvent(TeacherTrainingInstituteJoinedV1),
    anEvent(TeacherTrainingInstituteLeftV1),
    anEvent(DiagnosisDeliveredV1),
    anEvent(InterventionDesignedV1),
    anEvent(StudyCompletedV1),
    anEvent(ThematicReportPublishedV1),
    anEvent(PilotCompletedV1),
    anEvent(SubProjectStartedV1),
    anEvent(SubProjectPhaseEnteredV1),
    anEvent(SubProjectDecidedV1),
    anEvent(ExpertSchoolCertifiedV1, { brin: '12AB' }),
    anEvent(DevelopmentSchoolTrainedV1, { developmentSchoolId: uuidOf(8) }),
    anEvent(CourseGivenV1, { courseId: uuidOf(9) }),
    anEvent(RegionalNetworkFormedV1, { networkId: uuidOf(10) }),
    anEvent(ExpertSchoolQualityReviewedV1, { brin: '12AB' }),
  ];

  it.each(everyType.map((event) => [event.type, event] as const))(
    'is named for %s: the record applying it created',
    (_type, event) => {
      const state = emptyState();
      applyEvent(state, event);

      const ref = recordOf(event);

      const created = RECORD_TABLES.flatMap((table) =>
        Object.keys(state[table]).map((key) => ({ table, key })),
      );
      expect(created).toHaveLength(1);
      expect(ref).toEqual(created[0]);
    },
  );

  it('covers every projected event type, and no other', () => {
    expect(new Set(everyType.map((event) => event.type))).toEqual(new Set(PROJECTED_EVENT_TYPES));
    expect(recordOf(anEvent(SubsidyInformationRequestedV1, { applicationId: uuidOf(5) }))).toBeUndefined();
  });
});

describe('changes between checkpoints', () => {
  it('bring an older copy of the state to the current state', () => {
    const state = stateOf([
      anEvent(SchoolRegisteredV1, { brin: '12AB' }),
      anEvent(SchoolEnrolledV1, trajectory),
    ]);
    const older = structuredClone(state);
    const later = [
      anEvent(SchoolWithdrewV1, trajectory),
      anEvent(SchoolProfileUpdatedV1, { brin: '12AB', equalAccess: weak }),
      anEvent(InquiryReceivedV1, { inquiryId: uuidOf(2), brin: '12AB' }),
    ];
    const changed: RecordRef[] = [];
    for (const event of later) {
      applyEvent(state, event);
      const ref = recordOf(event);
      if (ref) changed.push(ref);
    }
    countIgnored(state, 'FutureThing', 1);

    applyChanges(
      older,
      JSON.parse(JSON.stringify(changesOf(state, changed))) as ReturnType<typeof changesOf>,
    );

    expect(older).toEqual(state);
  });
});
