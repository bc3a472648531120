import { SchoolProfileUpdatedV1, SchoolRegisteredV2 } from '@okr/contracts';
import { aSchool, codeOf, policy, problemsOf, schoolFacts } from '../../test/enrolment.fixtures';
import { isSmallSchool, registerSchool, updateSchoolProfile } from './school.entity';

const registeredOn = '2025-01-06';

describe('registering a school', () => {
  it('registers a school with its profile and equal-access flags', () => {
    const { state, events } = registerSchool(
      undefined,
      {
        brin: '12AB',
        registeredOn,
        location: '01',
        ...schoolFacts,
        weakPerforming: true,
        schoolWeight: 32.5,
      },
      policy,
    );

    expect(state.brin).toBe('12AB');
    expect(state.profile).toMatchObject({
      location: '01',
      name: 'De Regenboog',
      pupilCount: 320,
      schoolWeight: 32.5,
    });
    expect(state.profile.equalAccess).toEqual({
      weakPerforming: true,
      specialTargetGroups: true,
      specialisedEducation: false,
      smallRegional: false,
    });
    expect(events.map((event) => event.type)).toEqual(['SchoolRegistered']);
  });

  it('emits a SchoolRegistered v2 event with the day of the registration that satisfies the contract', () => {
    const { state, events } = registerSchool(
      undefined,
      { brin: '12AB', registeredOn: '2025-03-10', location: '01', ...schoolFacts },
      policy,
    );

    expect(state.registeredOn).toBe('2025-03-10');
    expect(events[0]?.data).toMatchObject({ brin: '12AB', registeredOn: '2025-03-10' });
    expect(problemsOf(SchoolRegisteredV2, events[0]?.data)).toEqual([]);
  });

  it('refuses a day of registration that does not exist', () => {
    expect(
      codeOf(() =>
        registerSchool(undefined, { brin: '12AB', registeredOn: '2025-02-29', ...schoolFacts }, policy),
      ),
    ).toBe('SCHOOL.INVALID_DATE');
  });

  it('marks a school with fewer pupils than the configured threshold as small', () => {
    const small = aSchool({ pupilCount: 149 });
    const atThreshold = aSchool({ pupilCount: 150 });

    expect(small.profile.equalAccess.smallRegional).toBe(true);
    expect(atThreshold.profile.equalAccess.smallRegional).toBe(false);
    expect(isSmallSchool(0, policy)).toBe(true);
  });

  it('takes the specialised-education flag as an equal-access flag too', () => {
    const school = aSchool({ specialisedEducation: true });

    expect(school.profile.specialisedEducation).toBe(true);
    expect(school.profile.equalAccess.specialisedEducation).toBe(true);
  });

  it('refuses a BRIN registered before', () => {
    const school = aSchool();

    expect(codeOf(() => registerSchool(school, { brin: '12AB', registeredOn, ...schoolFacts }, policy))).toBe(
      'SCHOOL.ALREADY_REGISTERED',
    );
  });

  it.each(['12ab', '1AB', '12ABC', 'AB12'])('refuses the malformed BRIN %s', (brin) => {
    expect(codeOf(() => registerSchool(undefined, { brin, registeredOn, ...schoolFacts }, policy))).toBe(
      'SCHOOL.INVALID_BRIN',
    );
  });

  it('refuses a location that is not two digits', () => {
    expect(
      codeOf(() =>
        registerSchool(undefined, { brin: '12AB', registeredOn, ...schoolFacts, location: '1' }, policy),
      ),
    ).toBe('SCHOOL.INVALID_LOCATION');
  });

  it('refuses a school without a name', () => {
    expect(
      codeOf(() =>
        registerSchool(undefined, { brin: '12AB', registeredOn, ...schoolFacts, name: '  ' }, policy),
      ),
    ).toBe('SCHOOL.NAME_REQUIRED');
  });

  it('refuses a sector other than PO or VO', () => {
    const sector = 'MBO' as 'PO';

    expect(
      codeOf(() => registerSchool(undefined, { brin: '12AB', registeredOn, ...schoolFacts, sector }, policy)),
    ).toBe('SCHOOL.INVALID_SECTOR');
  });

  it.each([-1, 2.5])('refuses the pupil count %p', (pupilCount) => {
    expect(
      codeOf(() =>
        registerSchool(undefined, { brin: '12AB', registeredOn, ...schoolFacts, pupilCount }, policy),
      ),
    ).toBe('SCHOOL.INVALID_PUPIL_COUNT');
  });

  it('refuses a school weight that is not a number', () => {
    expect(
      codeOf(() =>
        registerSchool(
          undefined,
          { brin: '12AB', registeredOn, ...schoolFacts, schoolWeight: Number.NaN },
          policy,
        ),
      ),
    ).toBe('SCHOOL.INVALID_SCHOOL_WEIGHT');
  });
});

describe('updating a school profile', () => {
  it('updates the profile and names the fields that changed', () => {
    const school = aSchool();

    const decision = updateSchoolProfile(
      school,
      { name: 'De Regenboog Zwolle', municipality: 'Zwolle' },
      policy,
    );

    expect(decision?.state.profile.name).toBe('De Regenboog Zwolle');
    expect(decision?.events[0]?.data.changedFields).toEqual(['name']);
  });

  it('emits a SchoolProfileUpdated event with the whole profile that satisfies the contract', () => {
    const decision = updateSchoolProfile(aSchool(), { pupilCount: 340, schoolWeight: 30 }, policy);

    expect(decision?.events[0]?.data).toMatchObject({ brin: '12AB', name: 'De Regenboog', pupilCount: 340 });
    expect(problemsOf(SchoolProfileUpdatedV1, decision?.events[0]?.data)).toEqual([]);
  });

  it('decides nothing when nothing changed', () => {
    const school = aSchool();

    expect(updateSchoolProfile(school, { name: 'De Regenboog', pupilCount: 320 }, policy)).toBeUndefined();
  });

  it('derives the small-school flag again when the pupil count crosses the threshold', () => {
    const decision = updateSchoolProfile(aSchool(), { pupilCount: 120 }, policy);

    expect(decision?.state.profile.equalAccess.smallRegional).toBe(true);
    expect(decision?.events[0]?.data.changedFields).toEqual(['pupilCount', 'equalAccess']);
  });

  it('reports a changed specialised-education flag as both the field and the equal-access flags', () => {
    const decision = updateSchoolProfile(aSchool(), { specialisedEducation: true }, policy);

    expect(decision?.events[0]?.data.changedFields).toEqual(['specialisedEducation', 'equalAccess']);
  });

  it('clears an optional field given as null', () => {
    const school = aSchool({ schoolWeight: 31 });

    const decision = updateSchoolProfile(school, { schoolWeight: null }, policy);

    expect(decision?.state.profile).not.toHaveProperty('schoolWeight');
    expect(decision?.events[0]?.data.changedFields).toEqual(['schoolWeight']);
  });

  it('refuses to update a school that is not registered', () => {
    expect(codeOf(() => updateSchoolProfile(undefined, { name: 'X' }, policy))).toBe('SCHOOL.NOT_REGISTERED');
  });

  it('applies the same checks as registration', () => {
    expect(codeOf(() => updateSchoolProfile(aSchool(), { pupilCount: -5 }, policy))).toBe(
      'SCHOOL.INVALID_PUPIL_COUNT',
    );
  });
});
