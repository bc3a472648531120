import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { IsPillarCode } from '../shared/teaching-pillars.value-object';

/**
 * The regions expert schools, hubs and networks are spread over: the twelve provinces, spelled as the help desk
 * records a school's province (SchoolRegistered's `province`).
 */
export const REGIONS = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;
export type Region = (typeof REGIONS)[number];

/** Whether a province as the help desk wrote it is one of the regions. */
export function isRegion(value: unknown): value is Region {
  return (REGIONS as readonly unknown[]).includes(value);
}

/**
 * The school types a cohort is spread over (001 §3.5 asks for a cohort diverse in "schooltype"): primary,
 * specialised primary (SBO, SO), and the secondary streams.
 */
export const SCHOOL_TYPES = [
  'bao',
  'sbo',
  'so',
  'vso',
  'vmbo',
  'havo-vwo',
  'brede-scholengemeenschap',
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Where the approach an expert school teaches comes from; the KPI "schools trained per year" counts by it:
 * an intervention designed in a co-creation lab, an improvement-culture approach, or an existing proven approach.
 */
export const APPROACH_ORIGINS = ['lab-intervention', 'improvement-culture', 'proven-approach'] as const;
export type ApproachOrigin = (typeof APPROACH_ORIGINS)[number];

/**
 * Why an aspirant left the training year without certification. 2023-24: one aspirant dropped out because its
 * approach could not be made transferable within the year (001 §3.5).
 */
export const DROP_OUT_REASON_CODES = [
  'approach-not-transferable',
  'team-capacity',
  'leadership-change',
  'results-declined',
  'school-withdrew',
  'other',
] as const;
export type DropOutReasonCode = (typeof DROP_OUT_REASON_CODES)[number];

/** A course (learning track) of an expert school, or its yearly knowledge-sharing session. */
export const COURSE_KINDS = ['learning-track', 'knowledge-sharing-session'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

/** The scale teachers' professional confidence is measured on, before and after a learning track. */
export const CONFIDENCE_SCALE = { min: 1, max: 10 } as const;

/** Validates a list of one to twenty distinct pillar codes (P3, P3.B, …) describing an approach. */
export function IsApproachPillarCodes(): PropertyDecorator {
  const decorators = [
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(20),
    ArrayUnique(),
    IsPillarCode({ each: true }),
  ];
  return (prototype, property) => {
    for (const decorate of decorators) decorate(prototype, property);
  };
}

/** Validates a region (a province as REGIONS spells it). */
export function IsRegion(): PropertyDecorator {
  return IsIn(REGIONS, { message: `$property must be one of the provinces: ${REGIONS.join(', ')}` });
}
