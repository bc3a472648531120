import { IsBoolean, Matches } from 'class-validator';
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
