import { isSchoolYear } from './programme.value-object';
import { SchoolEnrolledV1 } from '../enrolment';
import { validateEventData } from '../validation';

describe('isSchoolYear', () => {
  it.each(['2024-2025', '1999-2000'])('accepts %s', (year) => {
    expect(isSchoolYear(year)).toBe(true);
  });

  it.each(['2024-2026', '2025-2024', '2024/2025', '24-25', '2024-2025 ', 2024])('refuses %p', (year) => {
    expect(isSchoolYear(year)).toBe(false);
  });
});

describe('SchoolEnrolled v1', () => {
  const enrolled = {
    brin: '12AB',
    activity: 'taallab-co-creating',
    pillar: 'co-creation-labs',
    sector: 'VO',
    schoolYear: '2025-2026',
    equalAccess: {
      weakPerforming: true,
      specialTargetGroups: false,
      specialisedEducation: false,
      smallRegional: true,
    },
  };

  it('accepts an enrolment with or without an application', () => {
    expect(validateEventData(SchoolEnrolledV1, enrolled).ok).toBe(true);
    expect(validateEventData(SchoolEnrolledV1, { ...enrolled, applicationId: 'app-7' }).ok).toBe(true);
  });

  it('refuses a school year whose second year does not follow the first', () => {
    const result = validateEventData(SchoolEnrolledV1, { ...enrolled, schoolYear: '2025-2027' });

    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'schoolYear', messages: ['schoolYear must span two consecutive years, e.g. 2024-2025'] },
    ]);
  });

  it('refuses an activity or pillar outside the programme', () => {
    const result = validateEventData(SchoolEnrolledV1, {
      ...enrolled,
      activity: 'hackathon',
      pillar: 'sports',
    });

    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toEqual(['activity', 'pillar']);
  });
});
