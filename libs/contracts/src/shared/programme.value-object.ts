import { Matches, ValidateBy } from 'class-validator';

/** The four pillars of the programme; each is run by its own service. */
export const PILLARS = [
  'improvement-culture',
  'knowledge-sharing',
  'co-creation-labs',
  'expert-schools',
] as const;
export type Pillar = (typeof PILLARS)[number];

/** The activities a school can enrol in. */
export const ACTIVITIES = [
  'groeikracht',
  'de-transformatieve-school',
  'taallab-co-creating',
  'taallab-participating',
  'lerarenlab-co-creating',
  'lerarenlab-participating',
  'aspirant-expert-school',
  'development-school',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** The pillar each activity belongs to; the knowledge-sharing pillar has no activity a school enrols in. */
export const PILLAR_OF_ACTIVITY: Readonly<Record<Activity, Pillar>> = {
  groeikracht: 'improvement-culture',
  'de-transformatieve-school': 'improvement-culture',
  'taallab-co-creating': 'co-creation-labs',
  'taallab-participating': 'co-creation-labs',
  'lerarenlab-co-creating': 'co-creation-labs',
  'lerarenlab-participating': 'co-creation-labs',
  'aspirant-expert-school': 'expert-schools',
  'development-school': 'expert-schools',
};

/** The improvement-culture trajectories, the activities with an expert coach and a sustainability assessment. */
export const IMPROVEMENT_CULTURE_ACTIVITIES = [
  'groeikracht',
  'de-transformatieve-school',
] as const satisfies readonly Activity[];
export type ImprovementCultureActivity = (typeof IMPROVEMENT_CULTURE_ACTIVITIES)[number];

/**
 * Requires the field to be the pillar of the data's `activity`. Passes when the activity is unknown, so only
 * the activity's own validator reports that.
 */
export function IsPillarOfActivity(): PropertyDecorator {
  const pillarOf = (data: unknown): Pillar | undefined => {
    const activity = (data as { activity?: unknown } | undefined)?.activity;
    return (ACTIVITIES as readonly unknown[]).includes(activity)
      ? PILLAR_OF_ACTIVITY[activity as Activity]
      : undefined;
  };
  return ValidateBy({
    name: 'isPillarOfActivity',
    validator: {
      validate: (value: unknown, args) => {
        const expected = pillarOf(args?.object);
        return expected === undefined || value === expected;
      },
      defaultMessage: (args) => `$property must be ${pillarOf(args?.object)}, the pillar of the activity`,
    },
  });
}

/** A school year, e.g. '2024-2025'. */
export const SCHOOL_YEAR_PATTERN = /^\d{4}-\d{4}$/;

/** Whether `value` is a school year of two consecutive calendar years, e.g. '2024-2025'. */
export function isSchoolYear(value: unknown): boolean {
  if (typeof value !== 'string' || !SCHOOL_YEAR_PATTERN.test(value)) return false;
  const [first, second] = value.split('-').map(Number);
  return first !== undefined && second === first + 1;
}

/** Validates a school year; the pattern also reaches the AsyncAPI document, the year check cannot. */
export function IsSchoolYear(): PropertyDecorator {
  const pattern = Matches(SCHOOL_YEAR_PATTERN, { message: '$property must look like 2024-2025' });
  const consecutive = ValidateBy({
    name: 'isSchoolYear',
    validator: {
      validate: (value: unknown) => isSchoolYear(value),
      defaultMessage: () => '$property must span two consecutive years, e.g. 2024-2025',
    },
  });
  return (prototype, property) => {
    pattern(prototype, property);
    consecutive(prototype, property);
  };
}
