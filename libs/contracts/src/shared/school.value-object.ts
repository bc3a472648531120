import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Description } from '../schema-hints.decorator';

/** A BRIN (the school's registration number with DUO): two digits and two capital letters, e.g. '12AB'. */
export const BRIN_PATTERN = /^[0-9]{2}[A-Z]{2}$/;

/** A location number within a BRIN: two digits, e.g. '01'. */
export const LOCATION_PATTERN = /^[0-9]{2}$/;

/** PO is primary education, VO secondary education. */
export const SECTORS = ['PO', 'VO'] as const;
export type Sector = (typeof SECTORS)[number];

/** Validates a BRIN, with a message that says what one looks like. */
export function IsBrin(): PropertyDecorator {
  return Matches(BRIN_PATTERN, { message: '$property must be a BRIN: two digits and two capital letters' });
}

/** Which of the programme's equal-access criteria a school meets; they weigh in selection and KPIs. */
export class EqualAccessFlags {
  @Description('the inspectorate judges the school weak or very weak')
  @IsBoolean()
  weakPerforming!: boolean;

  @Description('a high share of pupils belongs to groups the programme targets specially')
  @IsBoolean()
  specialTargetGroups!: boolean;

  @Description('the school gives specialised education')
  @IsBoolean()
  specialisedEducation!: boolean;

  @Description('a small school in a rural or shrinking region')
  @IsBoolean()
  smallRegional!: boolean;
}

/**
 * The facts about a school the programme selects and reports on, without its BRIN. Events that carry a
 * school's profile extend it, so the fields read the same in each of them.
 */
export class SchoolProfile {
  @Description('location number within the BRIN, when the profile is of one location of the school')
  @IsOptional()
  @Matches(LOCATION_PATTERN, { message: '$property must be two digits' })
  location?: string;

  @Description('name of the school')
  @IsString()
  @MinLength(1)
  name!: string;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('whether the school gives specialised education')
  @IsBoolean()
  specialisedEducation!: boolean;

  @Description('number of the school board (bevoegd gezag)')
  @IsString()
  boardNumber!: string;

  @Description('the municipality (gemeente) the school is in')
  @IsString()
  municipality!: string;

  @Description('the province the school is in')
  @IsString()
  province!: string;

  @Description('number of pupils')
  @IsInt()
  @Min(0)
  pupilCount!: number;

  @Description('the equal-access criteria the school meets')
  // ValidateNested alone lets a missing object through; IsObject makes the field required.
  @IsObject()
  @ValidateNested()
  @Type(() => EqualAccessFlags)
  equalAccess!: EqualAccessFlags;

  @Description('the school weight (schoolgewicht), when known')
  @IsOptional()
  @IsNumber()
  schoolWeight?: number;
}

/** The names of the fields of a school profile, e.g. for saying which of them changed. */
export const SCHOOL_PROFILE_FIELDS = [
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
] as const satisfies readonly (keyof SchoolProfile)[];
export type SchoolProfileField = (typeof SCHOOL_PROFILE_FIELDS)[number];
