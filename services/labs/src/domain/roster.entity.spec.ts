import {
  followEnrolment,
  followWithdrawal,
  recordLabSchool,
  removeLabSchool,
  type JoinRoster,
} from './roster.entity';

const LAB_ID = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e10';
const PARTICIPATION = '0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e04';

const school: JoinRoster = {
  labId: LAB_ID,
  brin: '12AB',
  schoolYear: '2025-2026',
  role: 'co-creating',
  sector: 'PO',
  joinedOn: '2025-09-01',
};

describe("a lab's roster", () => {
  it('follows an enrolment from the help desk, with its participation', () => {
    const decision = followEnrolment(undefined, { ...school, participationId: PARTICIPATION });

    const { labId: _labId, ...facts } = school;
    expect(decision?.state.memberships).toEqual([
      { ...facts, source: 'enrolment', participationId: PARTICIPATION },
    ]);
    expect(decision?.events).toEqual([
      {
        type: 'LabSchoolJoined',
        data: {
          labId: LAB_ID,
          brin: '12AB',
          role: 'co-creating',
          sector: 'PO',
          schoolYear: '2025-2026',
          source: 'enrolment',
          joinedOn: '2025-09-01',
          participationId: PARTICIPATION,
        },
      },
    ]);
  });

  it('changes nothing when an enrolment arrives for a school on the roster for that year already', () => {
    const direct = recordLabSchool(undefined, school).state;

    expect(followEnrolment(direct, { ...school, participationId: PARTICIPATION })).toBeUndefined();
    const followed = followEnrolment(undefined, school);
    expect(followed && followEnrolment(followed.state, school)).toBeUndefined();
  });

  it('lets the lab team record a school directly, and refuses one on the roster for that year already', () => {
    const { state, events } = recordLabSchool(undefined, school);

    expect(events[0]?.data).toMatchObject({ source: 'lab-team', brin: '12AB' });
    expect(() => recordLabSchool(state, { ...school, role: 'participating' })).toThrow(
      expect.objectContaining({ code: 'ROSTER.SCHOOL_ALREADY_ON_ROSTER' }),
    );
    expect(recordLabSchool(state, { ...school, schoolYear: '2026-2027' }).state.memberships).toHaveLength(2);
  });

  it('takes a school off every current year when the lab team names no year', () => {
    const first = recordLabSchool(undefined, school).state;
    const both = recordLabSchool(first, { ...school, schoolYear: '2026-2027', joinedOn: '2026-08-01' }).state;

    const { state, events } = removeLabSchool(both, { brin: '12AB', leftOn: '2026-10-01' });

    expect(events.map((event) => event.data.schoolYear)).toEqual(['2025-2026', '2026-2027']);
    expect(state.memberships.every((membership) => membership.leftOn === '2026-10-01')).toBe(true);
  });

  it('refuses to take off a school that is not on the roster, or on a day before it joined', () => {
    const roster = recordLabSchool(undefined, school).state;

    expect(() => removeLabSchool(roster, { brin: '34CD', leftOn: '2026-01-01' })).toThrow(
      expect.objectContaining({ code: 'ROSTER.SCHOOL_NOT_ON_ROSTER' }),
    );
    expect(() => removeLabSchool(undefined, { brin: '12AB', leftOn: '2026-01-01' })).toThrow(
      expect.objectContaining({ code: 'ROSTER.SCHOOL_NOT_ON_ROSTER' }),
    );
    expect(() => removeLabSchool(roster, { brin: '12AB', leftOn: '2025-08-31' })).toThrow(
      expect.objectContaining({ code: 'ROSTER.DATE_OUT_OF_ORDER' }),
    );
  });

  it('follows a withdrawal from the help desk once, and ignores one for another role or year', () => {
    const roster = followEnrolment(undefined, school)?.state;
    const withdrawal = {
      brin: '12AB',
      schoolYear: '2025-2026',
      role: 'co-creating' as const,
      withdrawnOn: '2026-01-10',
    };

    const left = followWithdrawal(roster, withdrawal);

    expect(left?.events).toEqual([
      {
        type: 'LabSchoolLeft',
        data: {
          labId: LAB_ID,
          brin: '12AB',
          role: 'co-creating',
          sector: 'PO',
          schoolYear: '2025-2026',
          source: 'enrolment',
          leftOn: '2026-01-10',
        },
      },
    ]);
    expect(left && followWithdrawal(left.state, withdrawal)).toBeUndefined();
    expect(followWithdrawal(roster, { ...withdrawal, role: 'participating' })).toBeUndefined();
    expect(followWithdrawal(roster, { ...withdrawal, schoolYear: '2026-2027' })).toBeUndefined();
  });
});
