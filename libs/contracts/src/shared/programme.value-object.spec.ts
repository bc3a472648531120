import { IsIn } from 'class-validator';
import { validatePlain } from '../class-validation';
import {
  ACTIVITIES,
  IMPROVEMENT_CULTURE_ACTIVITIES,
  IsPillarOfActivity,
  isSchoolYear,
  PILLAR_OF_ACTIVITY,
  PILLARS,
  type Activity,
  type Pillar,
} from './programme.value-object';
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

describe('the pillar of an activity', () => {
  class Choice {
    @IsIn(ACTIVITIES)
    activity!: Activity;

    @IsPillarOfActivity()
    pillar!: Pillar;
  }

  it('puts the improvement-culture trajectories in the improvement-culture pillar, and only them', () => {
    const inImprovementCulture = ACTIVITIES.filter(
      (activity) => PILLAR_OF_ACTIVITY[activity] === 'improvement-culture',
    );

    expect(inImprovementCulture).toEqual([...IMPROVEMENT_CULTURE_ACTIVITIES]);
    expect(Object.values(PILLAR_OF_ACTIVITY).every((pillar) => PILLARS.includes(pillar))).toBe(true);
  });

  it('accepts the pillar of the activity and names the right one otherwise', () => {
    const right = validatePlain(Choice, { activity: 'development-school', pillar: 'expert-schools' });
    const wrong = validatePlain(Choice, { activity: 'development-school', pillar: 'co-creation-labs' });

    expect(right.problems).toEqual([]);
    expect(wrong.problems).toEqual([
      { field: 'pillar', messages: ['pillar must be expert-schools, the pillar of the activity'] },
    ]);
  });

  it('leaves an unknown activity to the activity check', () => {
    const { problems } = validatePlain(Choice, { activity: 'hackathon', pillar: 'expert-schools' });

    expect(problems.map((problem) => problem.field)).toEqual(['activity']);
  });
});
