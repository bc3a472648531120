import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Description } from '../schema-hints.decorator';
import { IsPillarCode, type PillarCode } from '../shared/teaching-pillars.value-object';

// The codes of the knowledge-sharing pillar (NRO: Onderwijskennis.nl, the Kennisrotonde), shared by the
// knowledge service and its consumers. Seed 001 §3.3 names the product kinds, 000 L880–895 the evidence levels
// of the intervention databank, 001 §4.3 the two rating groups of the KPIs.

/** The kinds of knowledge product Onderwijskennis.nl publishes. */
export const KNOWLEDGE_PRODUCT_TYPES = [
  'theme-page', // kennisplein / themapagina
  'guideline', // leidraad
  'meta-review',
  'intervention',
  'practice-card', // praktijkkaart
  'toolkit',
  'kennisrotonde-answer',
] as const;
export type KnowledgeProductType = (typeof KNOWLEDGE_PRODUCT_TYPES)[number];

/** The sectors a knowledge product is written for: primary, secondary and specialised education. */
export const KNOWLEDGE_SECTORS = ['PO', 'VO', 'SO'] as const;
export type KnowledgeSector = (typeof KNOWLEDGE_SECTORS)[number];

/** The evidence level an assessment gives an intervention, strongest first (the NJi/NRO databank levels). */
export const EVIDENCE_LEVELS = [
  'proven-effective',
  'promising',
  'theoretically-sound',
  'not-found-effective',
  'insufficient-evidence',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** The cost indication of an intervention, as the databank shows it. */
export const COST_INDICATIONS = ['low', 'medium', 'high', 'unknown'] as const;
export type CostIndication = (typeof COST_INDICATIONS)[number];

/** Who an intervention is for. */
export const TARGET_GROUPS = ['pupils', 'teachers', 'school-leaders', 'parents', 'whole-school'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Who rated a product, by role. */
export const RESPONDENT_ROLES = [
  'teacher',
  'school-leader',
  'teacher-educator',
  'other-education-professional',
  'board-member',
] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** The two groups 001 §4.3 reports ratings for. */
export const RATING_ROLE_GROUPS = ['teachers-and-school-leaders', 'other-professionals'] as const;
export type RatingRoleGroup = (typeof RATING_ROLE_GROUPS)[number];

/** The KPI group of each respondent role. */
export const ROLE_GROUP_OF_RESPONDENT: Readonly<Record<RespondentRole, RatingRoleGroup>> = {
  teacher: 'teachers-and-school-leaders',
  'school-leader': 'teachers-and-school-leaders',
  'teacher-educator': 'other-professionals',
  'other-education-professional': 'other-professionals',
  'board-member': 'other-professionals',
};

/** How a school's effective use of a product became known. */
export const USE_SOURCES = ['survey', 'trajectory', 'lab', 'expert-school'] as const;
export type UseSource = (typeof USE_SOURCES)[number];

/** Why a product was taken offline. */
export const RETIREMENT_REASON_CODES = ['outdated', 'superseded', 'evidence-withdrawn', 'other'] as const;
export type RetirementReasonCode = (typeof RETIREMENT_REASON_CODES)[number];

/** Who put a question to the Kennisrotonde. */
export const ASKER_ROLES = ['teacher', 'school-leader', 'school', 'other-education-professional'] as const;
export type AskerRole = (typeof ASKER_ROLES)[number];

/** What became of an answered Kennisrotonde question. */
export const ANSWER_OUTCOMES = ['published', 'kept-unpublished', 'redirected'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

/** The kinds of gathering the NRO organises for the programme. */
export const GATHERING_KINDS = ['national-congress', 'webinar', 'network-meeting'] as const;
export type GatheringKind = (typeof GATHERING_KINDS)[number];

/** A theme code: lower-case words joined by hyphens, e.g. 'woordenschat' or 'leraar-leerling-relatie'. */
export const THEME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Validates a list of theme codes (each a THEME_PATTERN code of up to 60 characters). */
export function IsThemeCodes(): PropertyDecorator {
  return (prototype, property) => {
    IsArray()(prototype, property);
    ArrayUnique()(prototype, property);
    ArrayMaxSize(20)(prototype, property);
    IsString({ each: true })(prototype, property);
    Matches(THEME_PATTERN, {
      each: true,
      message: 'each value in $property must be a theme code such as woordenschat or leraar-leerling-relatie',
    })(prototype, property);
  };
}

/** How many people of each role made a product with the NRO: counts only, never who. */
export class CoCreationCounts {
  @Description('teachers who took part in making the product')
  @IsInt()
  @Min(0)
  @Max(10_000)
  teachers!: number;

  @Description('school leaders who took part')
  @IsInt()
  @Min(0)
  @Max(10_000)
  schoolLeaders!: number;

  @Description('teacher educators who took part')
  @IsInt()
  @Min(0)
  @Max(10_000)
  teacherEducators!: number;

  @Description('researchers who took part')
  @IsInt()
  @Min(0)
  @Max(10_000)
  researchers!: number;
}

/** Whether a product was made with at least one teacher or school leader (the process indicator of 001 §4.3). */
export function madeWithPractitioners(counts: CoCreationCounts): boolean {
  return counts.teachers + counts.schoolLeaders > 0;
}

/**
 * The fields every event about a published version of a product carries: what it is and how it is tagged,
 * so a consumer never has to look a product up.
 */
export class PublishedProductFacts {
  @Description('id of the knowledge product')
  @IsUUID()
  productId!: string;

  @Description('the kind of product')
  @IsIn(KNOWLEDGE_PRODUCT_TYPES)
  productType!: KnowledgeProductType;

  @Description('theme codes of the product, e.g. woordenschat')
  @IsThemeCodes()
  themes!: string[];

  @Description('the sectors the product is written for: PO, VO and/or SO')
  @IsArray()
  @ArrayUnique()
  @IsIn(KNOWLEDGE_SECTORS, { each: true })
  sectors!: KnowledgeSector[];

  @Description('codes of the seven pillars of effective teaching the product is about, e.g. P3.B')
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  pillarCodes!: PillarCode[];

  @Description('how many people of each role made the product (counts, never who)')
  // ValidateNested alone lets a missing object through; IsObject makes the field required.
  @IsObject()
  @ValidateNested()
  @Type(() => CoCreationCounts)
  coCreation!: CoCreationCounts;

  @Description('the number of the published version: 1 for the first publication, higher for each revision')
  @IsInt()
  @Min(1)
  revision!: number;
}
