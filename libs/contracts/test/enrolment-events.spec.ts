import {
  catalogue,
  jsonSchemaOf,
  SCHOOL_PROFILE_FIELDS,
  SchoolProfile,
  SchoolRegisteredV1,
  validateEventData,
  type EventContract,
  type FieldProblem,
} from '../src';
import { EXAMPLE_BUILDERS, exampleOf } from '../src/testing';

const nameOf = (contract: EventContract): string => `${contract.type} v${contract.version}`;

function contractNamed(name: string): EventContract {
  const contract = catalogue.all().find((candidate) => nameOf(candidate) === name);
  if (contract === undefined) throw new Error(`no contract ${name} in the catalogue`);
  return contract;
}

/** The failing fields of `data` against the contract named `name`; empty when it is valid. */
function failingFields(name: string, data: Record<string, unknown>): string[] {
  const result = validateEventData(contractNamed(name), data);
  return result.ok ? [] : result.problems.map((problem: FieldProblem) => problem.field);
}

/** The default example of the contract named `name`, as plain fields. */
function exampleNamed(name: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(exampleOf(contractNamed(name))));
}

/**
 * The default example of `name` with `change` applied as it is (not as overrides, which the builder would
 * follow, e.g. by leaving out a field the change makes wrong); a field set to undefined is left out.
 */
function changed(name: string, change: Record<string, unknown>): Record<string, unknown> {
  const data = { ...exampleNamed(name), ...change };
  for (const [field, value] of Object.entries(change)) {
    if (value === undefined) delete data[field];
  }
  return data;
}

describe('the enrolment events', () => {
  it('have an example builder for every contract in the catalogue', () => {
    const names = catalogue.all().map(nameOf);

    expect(EXAMPLE_BUILDERS.map((builder) => nameOf(builder.contract)).sort()).toEqual([...names].sort());
  });

  it.each(catalogue.all().map((contract) => [nameOf(contract)]))('accept a valid %s', (name) => {
    expect(failingFields(name, exampleNamed(name))).toEqual([]);
  });

  it.each([
    [
      'InquiryReceived v1',
      'a registered school, without a school name',
      { brin: '12AB', schoolName: undefined },
    ],
    ['InquiryReceived v1', 'a school known by neither brin nor name', { schoolName: undefined }],
    ['InquiryReceived v1', 'a moment with milliseconds', { receivedAt: '2025-03-03T08:15:00.123Z' }],
    ['ExploratoryConversationHeld v1', 'a school not yet registered', { brin: undefined }],
    ['ExploratoryConversationHeld v1', 'a leap day', { heldOn: '2024-02-29' }],
    [
      'InquiryReferred v1',
      'a referral outside the programme with a reason',
      { referral: 'outside-programme', activities: [], outsideReasonCode: 'other-programme' },
    ],
    [
      'InquiryReferred v1',
      'a referral outside the programme without a reason',
      { referral: 'outside-programme', activities: [] },
    ],
    ['IntakeCompleted v1', 'an intake without an inquiry', { inquiryId: undefined }],
    [
      'ParticipationCompleted v1',
      'a lab participation, which has no pupil-development result',
      {
        activity: 'lerarenlab-participating',
        pillar: 'co-creation-labs',
        pupilDevelopmentImproved: undefined,
      },
    ],
    [
      'ParticipationCompleted v1',
      'a trajectory that did not improve pupil development',
      { pupilDevelopmentImproved: false },
    ],
    [
      'SchoolEnrolled v1',
      'an enrolment as published before participationId and roundId were added',
      { participationId: undefined, roundId: undefined, applicationId: undefined },
    ],
    ['SubsidyGranted v1', 'a grant of zero cents', { grantedAmountCents: 0 }],
    ['InquiryReceived v1', 'an inquiry as published before receivedOn was added', { receivedOn: undefined }],
    [
      'SubsidyApplicationSubmitted v1',
      'an application as published before submittedOn was added',
      { submittedOn: undefined },
    ],
    [
      'InquiryReferred v1',
      'a referral with its day, added by a producer of v2',
      { referredOn: '2025-03-11' },
    ],
    [
      'SchoolEnrolled v2',
      'an enrolment that came from no application',
      { applicationId: undefined, roundId: undefined },
    ],
  ])('accept a %s of %s', (name, _case, change) => {
    expect(failingFields(name, changed(name, change))).toEqual([]);
  });

  it.each([
    ['SchoolProfileUpdated v1', 'no changed fields', { changedFields: [] }, ['changedFields']],
    [
      'SchoolProfileUpdated v1',
      'a changed field the profile lacks',
      { changedFields: ['website'] },
      ['changedFields'],
    ],
    ['SchoolProfileUpdated v1', 'a negative pupil count', { pupilCount: -3 }, ['pupilCount']],
    ['InquiryReceived v1', 'an unknown channel', { channel: 'fax' }, ['channel']],
    ['InquiryReceived v1', 'an inquiry id that is not a UUID', { inquiryId: 'inq-17' }, ['inquiryId']],
    [
      'InquiryReceived v1',
      'a moment not in UTC',
      { receivedAt: '2025-03-03T09:15:00+01:00' },
      ['receivedAt'],
    ],
    ['InquiryReceived v1', 'a day instead of a moment', { receivedAt: '2025-03-03' }, ['receivedAt']],
    ['InquiryReceived v1', 'a school name next to a brin', { brin: '12AB' }, ['schoolName']],
    ['ExploratoryConversationHeld v1', 'a day that does not exist', { heldOn: '2025-02-29' }, ['heldOn']],
    [
      'ExploratoryConversationHeld v1',
      'a moment instead of a day',
      { heldOn: '2025-03-10T10:00:00Z' },
      ['heldOn'],
    ],
    ['InquiryReferred v1', 'a referral to no activity', { activities: [] }, ['activities']],
    [
      'InquiryReferred v1',
      'an activity outside the programme',
      { activities: ['hackathon'] },
      ['activities'],
    ],
    ['InquiryReferred v1', 'an unknown referral kind', { referral: 'elsewhere' }, ['referral']],
    [
      'InquiryReferred v1',
      'a referral outside the programme that names activities',
      { referral: 'outside-programme' },
      ['activities'],
    ],
    [
      'InquiryReferred v1',
      'an outside reason for a referral to activities',
      { outsideReasonCode: 'no-capacity' },
      ['outsideReasonCode'],
    ],
    [
      'InquiryReferred v1',
      'a free-text outside reason',
      { referral: 'outside-programme', activities: [], outsideReasonCode: 'went to a consultant' },
      ['outsideReasonCode'],
    ],
    ['InquiryClosed v1', 'an unknown outcome', { outcome: 'resolved' }, ['outcome']],
    ['IntakeCompleted v1', 'an unknown outcome', { outcome: 'maybe' }, ['outcome']],
    ['IntakeCompleted v1', 'a pillar the activity is not in', { pillar: 'expert-schools' }, ['pillar']],
    ['IntakeCompleted v1', 'no brin', { brin: undefined }, ['brin']],
    ['SubsidyRoundOpened v1', 'no activity amounts', { activityAmounts: [] }, ['activityAmounts']],
    [
      'SubsidyRoundOpened v1',
      'an activity amount in fractions of a cent',
      { activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 10.5 }] },
      ['activityAmounts.0.maxAmountCents'],
    ],
    [
      'SubsidyRoundOpened v1',
      'two amounts for one activity',
      {
        activityAmounts: [
          { activity: 'groeikracht', maxAmountCents: 1 },
          { activity: 'groeikracht', maxAmountCents: 2 },
        ],
      },
      ['activityAmounts'],
    ],
    [
      'SubsidyRoundOpened v1',
      'a round that closes before it opens',
      { closesAt: '2025-03-01T00:00:00Z' },
      ['closesAt'],
    ],
    ['SubsidyRoundOpened v1', 'a round that grants nothing', { maxGrants: 0 }, ['maxGrants']],
    ['SubsidyRoundOpened v1', 'a budget in euros with cents', { budgetCents: 12_500_000.5 }, ['budgetCents']],
    ['SubsidyRoundOpened v1', 'a round id that is not a UUID', { roundId: '2025-2026' }, ['roundId']],
    [
      'SubsidyApplicationSubmitted v1',
      'a negative amount',
      { requestedAmountCents: -1 },
      ['requestedAmountCents'],
    ],
    [
      'SubsidyApplicationSubmitted v1',
      'a Dutch-style day',
      { decisionDueOn: '15-07-2025' },
      ['decisionDueOn'],
    ],
    [
      'SubsidyApplicationSubmitted v1',
      'a school year that does not follow on',
      { schoolYear: '2025-2027' },
      ['schoolYear'],
    ],
    ['SubsidyInformationRequested v1', 'no day', { requestedOn: undefined }, ['requestedOn']],
    ['SubsidyApplicationResubmitted v1', 'no new due day', { decisionDueOn: undefined }, ['decisionDueOn']],
    ['SubsidyGranted v1', 'an amount as text', { grantedAmountCents: '4800000' }, ['grantedAmountCents']],
    ['SubsidyGranted v1', 'a sector outside PO and VO', { sector: 'SO' }, ['sector']],
    ['SubsidyRejected v1', 'a free-text reason', { reasonCode: 'the plan was weak' }, ['reasonCode']],
    ['SubsidyApplicationWithdrawn v1', 'a thirteenth month', { withdrawnOn: '2025-13-01' }, ['withdrawnOn']],
    [
      'SchoolEnrolled v1',
      'a participation id that is not a UUID',
      { participationId: 'p-1' },
      ['participationId'],
    ],
    ['SchoolEnrolled v1', 'a round id that is not a UUID', { roundId: 'round-1' }, ['roundId']],
    [
      'ParticipationCompleted v1',
      'a trajectory without its result',
      { pupilDevelopmentImproved: undefined },
      ['pupilDevelopmentImproved'],
    ],
    [
      'ParticipationCompleted v1',
      'a lab participation with a pupil-development result',
      { activity: 'taallab-co-creating', pillar: 'co-creation-labs' },
      ['pupilDevelopmentImproved'],
    ],
    [
      'ParticipationCompleted v1',
      'a result that is not a boolean',
      { pupilDevelopmentImproved: 'yes' },
      ['pupilDevelopmentImproved'],
    ],
    [
      'SustainabilityAssessed v1',
      'an activity that is not a trajectory',
      { activity: 'taallab-co-creating' },
      ['activity'],
    ],
    ['SustainabilityAssessed v1', 'no verdict', { sustainableCulture: undefined }, ['sustainableCulture']],
    ['SchoolWithdrew v1', 'an unknown reason', { reasonCode: 'moved away' }, ['reasonCode']],
    [
      'InquiryReceived v1',
      'a day of receipt that does not exist',
      { receivedOn: '2025-02-30' },
      ['receivedOn'],
    ],
    ['InquiryReferred v2', 'no day of referral', { referredOn: undefined }, ['referredOn']],
    [
      'InquiryReferred v2',
      'a moment instead of a day',
      { referredOn: '2025-03-11T10:00:00Z' },
      ['referredOn'],
    ],
    ['SchoolEnrolled v2', 'no day of enrolment', { enrolledOn: undefined }, ['enrolledOn']],
    ['SchoolEnrolled v2', 'no participation', { participationId: undefined }, ['participationId']],
    ['SchoolEnrolled v2', 'a pillar the activity is not in', { pillar: 'expert-schools' }, ['pillar']],
    ['SchoolRegistered v2', 'no day of registration', { registeredOn: undefined }, ['registeredOn']],
    ['SchoolWithdrew v1', 'a pillar the activity is not in', { pillar: 'improvement-culture' }, ['pillar']],
    [
      'ExpertCoachTrained v1',
      'a coach named instead of pseudonymised',
      { coachId: 'Jan Jansen' },
      ['coachId'],
    ],
    [
      'ExpertCoachTrained v1',
      'an activity that is not a trajectory',
      { activity: 'development-school' },
      ['activity'],
    ],
  ])('refuse a %s with %s', (name, _case, change, fields) => {
    expect(failingFields(name, changed(name, change))).toEqual(fields);
  });

  it('refuse a data-less example of every contract, naming its required fields', () => {
    for (const contract of catalogue.all()) {
      const required = (jsonSchemaOf(contract.dataClass).required ?? []) as string[];

      const fields = failingFields(nameOf(contract), {});

      expect([nameOf(contract), new Set(fields)]).toEqual([nameOf(contract), new Set(required)]);
    }
  });
});

describe('the messages of the cross-field checks', () => {
  it('say when activities are required', () => {
    const result = validateEventData(
      contractNamed('InquiryReferred v1'),
      changed('InquiryReferred v1', { activities: [] }),
    );

    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: 'activities',
        messages: [
          'activities must name at least one activity when referral is activities, and none otherwise',
        ],
      },
    ]);
  });

  it('say when the pupil-development result is required, and when it is not allowed', () => {
    const name = 'ParticipationCompleted v1';
    const missing = validateEventData(
      contractNamed(name),
      changed(name, { pupilDevelopmentImproved: undefined }),
    );
    const extra = validateEventData(
      contractNamed(name),
      changed(name, { activity: 'aspirant-expert-school', pillar: 'expert-schools' }),
    );

    expect(missing.ok ? [] : missing.problems[0]?.messages).toContain(
      'pupilDevelopmentImproved is required when pillar is improvement-culture',
    );
    expect(extra.ok ? [] : extra.problems).toEqual([
      {
        field: 'pupilDevelopmentImproved',
        messages: ['pupilDevelopmentImproved is allowed only when pillar is improvement-culture'],
      },
    ]);
  });

  it('name the pillar an activity belongs to', () => {
    const result = validateEventData(
      contractNamed('IntakeCompleted v1'),
      changed('IntakeCompleted v1', { pillar: 'knowledge-sharing' }),
    );

    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'pillar', messages: ['pillar must be improvement-culture, the pillar of the activity'] },
    ]);
  });
});

describe('the school profile', () => {
  it('leaves the JSON of SchoolRegistered v1 as it was before the profile was shared', () => {
    const schema = jsonSchemaOf(SchoolRegisteredV1.dataClass) as { properties: object; required: string[] };

    expect(Object.keys(schema.properties)).toEqual([
      'brin',
      'location',
      'name',
      'sector',
      'specialisedEducation',
      'boardNumber',
      'municipality',
      'province',
      'pupilCount',
      'equalAccess',
      'schoolWeight',
    ]);
    expect(schema.required).toEqual([
      'brin',
      'name',
      'sector',
      'specialisedEducation',
      'boardNumber',
      'municipality',
      'province',
      'pupilCount',
      'equalAccess',
    ]);
  });

  it('names in SCHOOL_PROFILE_FIELDS exactly the fields of the profile', () => {
    const fields = Object.keys(jsonSchemaOf(SchoolProfile).properties as object);

    expect([...SCHOOL_PROFILE_FIELDS].sort()).toEqual(fields.sort());
  });
});
