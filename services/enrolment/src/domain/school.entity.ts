import {
  BRIN_PATTERN,
  LOCATION_PATTERN,
  SCHOOL_PROFILE_FIELDS,
  SECTORS,
  type EqualAccessFlags,
  type SchoolProfile,
  type SchoolProfileField,
  type Sector,
} from '@okr/contracts';
import { isCalendarDay, type CalendarDay } from './calendar-day.value-object';
import { domainEvent, type Decision, type DomainEvent } from './enrolment-event.value-object';
import { SchoolError } from './school.errors';

/** What the help desk records about a school; specialised education and "small" are derived from it. */
export interface SchoolFacts {
  readonly location?: string;
  readonly name: string;
  readonly sector: Sector;
  /** SO, SBO or VSO; it is also one of the equal-access flags. */
  readonly specialisedEducation: boolean;
  readonly boardNumber: string;
  readonly municipality: string;
  readonly province: string;
  readonly pupilCount: number;
  readonly weakPerforming: boolean;
  readonly specialTargetGroups: boolean;
  readonly schoolWeight?: number;
}

/** Configuration: a school with fewer pupils than the threshold counts as a small regional school. */
export interface SchoolPolicy {
  readonly smallSchoolPupilThreshold: number;
}

/** The profile in the same shape as the events carry it. */
export type SchoolProfileState = Readonly<Omit<SchoolProfile, 'equalAccess'>> & {
  readonly equalAccess: Readonly<EqualAccessFlags>;
};

export interface SchoolState {
  readonly brin: string;
  /** The day the help desk registered the school; absent for schools registered before it was kept. */
  readonly registeredOn?: CalendarDay;
  readonly profile: SchoolProfileState;
}

/** A change to the profile; `null` clears an optional field. */
export type SchoolProfileChanges = Partial<Omit<SchoolFacts, 'location' | 'schoolWeight'>> & {
  readonly location?: string | null;
  readonly schoolWeight?: number | null;
};

export type SchoolRegistered = DomainEvent<'SchoolRegistered'>;
export type SchoolProfileUpdated = DomainEvent<'SchoolProfileUpdated'>;

/** Registers a school under its BRIN, on a day. */
export function registerSchool(
  current: SchoolState | undefined,
  input: { readonly brin: string; readonly registeredOn: CalendarDay } & SchoolFacts,
  policy: SchoolPolicy,
): Decision<SchoolState, SchoolRegistered> {
  if (current) {
    throw new SchoolError('SCHOOL.ALREADY_REGISTERED', `School ${current.brin} is already registered`, {
      brin: current.brin,
    });
  }
  if (!BRIN_PATTERN.test(input.brin)) {
    throw new SchoolError('SCHOOL.INVALID_BRIN', 'A BRIN is two digits and two capital letters, e.g. 12AB', {
      brin: input.brin,
    });
  }
  if (!isCalendarDay(input.registeredOn)) {
    throw new SchoolError('SCHOOL.INVALID_DATE', 'The day of registration must be a day written YYYY-MM-DD', {
      registeredOn: input.registeredOn,
    });
  }
  const { brin, registeredOn, ...facts } = input;
  const profile = profileOf(facts, policy);
  return {
    state: { brin, registeredOn, profile },
    events: [domainEvent('SchoolRegistered', { brin, registeredOn, ...profile })],
  };
}

/**
 * Changes a school's profile. The equal-access flags are derived again, so a school that grew past the
 * threshold (or a threshold that was changed) shows in the update. Nothing to decide when nothing changed.
 */
export function updateSchoolProfile(
  school: SchoolState | undefined,
  changes: SchoolProfileChanges,
  policy: SchoolPolicy,
): Decision<SchoolState, SchoolProfileUpdated> | undefined {
  if (!school) throw new SchoolError('SCHOOL.NOT_REGISTERED', 'The school is not registered');
  const facts = { ...factsOf(school.profile) } as Record<string, unknown>;
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete facts[field];
    else if (value !== undefined) facts[field] = value;
  }
  const profile = profileOf(facts as unknown as SchoolFacts, policy);
  const changedFields = SCHOOL_PROFILE_FIELDS.filter((field) => !sameValue(school.profile, profile, field));
  if (changedFields.length === 0) return undefined;
  return {
    state: { ...school, profile },
    events: [domainEvent('SchoolProfileUpdated', { brin: school.brin, ...profile, changedFields })],
  };
}

/** Whether the school counts as small: fewer pupils than the configured threshold. */
export function isSmallSchool(pupilCount: number, policy: SchoolPolicy): boolean {
  return pupilCount < policy.smallSchoolPupilThreshold;
}

function profileOf(facts: SchoolFacts, policy: SchoolPolicy): SchoolProfileState {
  if (facts.location !== undefined && !LOCATION_PATTERN.test(facts.location)) {
    throw new SchoolError('SCHOOL.INVALID_LOCATION', 'A location number is two digits, e.g. 01', {
      location: facts.location,
    });
  }
  const name = typeof facts.name === 'string' ? facts.name.trim() : '';
  if (name === '') throw new SchoolError('SCHOOL.NAME_REQUIRED', 'A school needs a name');
  if (!(SECTORS as readonly unknown[]).includes(facts.sector)) {
    throw new SchoolError('SCHOOL.INVALID_SECTOR', 'The sector is PO or VO', { sector: facts.sector });
  }
  if (!Number.isInteger(facts.pupilCount) || facts.pupilCount < 0) {
    throw new SchoolError('SCHOOL.INVALID_PUPIL_COUNT', 'The pupil count is a whole number of 0 or more', {
      pupilCount: facts.pupilCount,
    });
  }
  if (facts.schoolWeight !== undefined && !Number.isFinite(facts.schoolWeight)) {
    throw new SchoolError('SCHOOL.INVALID_SCHOOL_WEIGHT', 'The school weight is a number', {
      schoolWeight: facts.schoolWeight,
    });
  }
  return {
    ...(facts.location !== undefined ? { location: facts.location } : {}),
    name,
    sector: facts.sector,
    specialisedEducation: facts.specialisedEducation,
    boardNumber: facts.boardNumber.trim(),
    municipality: facts.municipality.trim(),
    province: facts.province.trim(),
    pupilCount: facts.pupilCount,
    equalAccess: {
      weakPerforming: facts.weakPerforming,
      specialTargetGroups: facts.specialTargetGroups,
      specialisedEducation: facts.specialisedEducation,
      smallRegional: isSmallSchool(facts.pupilCount, policy),
    },
    ...(facts.schoolWeight !== undefined ? { schoolWeight: facts.schoolWeight } : {}),
  };
}

function factsOf(profile: SchoolProfileState): SchoolFacts {
  const { equalAccess, ...rest } = profile;
  return {
    ...rest,
    weakPerforming: equalAccess.weakPerforming,
    specialTargetGroups: equalAccess.specialTargetGroups,
  };
}

function sameValue(
  before: SchoolProfileState,
  after: SchoolProfileState,
  field: SchoolProfileField,
): boolean {
  if (field !== 'equalAccess') return before[field] === after[field];
  const [was, is] = [before.equalAccess, after.equalAccess];
  return (
    was.weakPerforming === is.weakPerforming &&
    was.specialTargetGroups === is.specialTargetGroups &&
    was.specialisedEducation === is.specialisedEducation &&
    was.smallRegional === is.smallRegional
  );
}
