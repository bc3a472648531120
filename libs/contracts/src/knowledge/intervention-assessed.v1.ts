import {
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate, IsLaterThan } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  COST_INDICATIONS,
  EVIDENCE_LEVELS,
  KNOWLEDGE_SECTORS,
  TARGET_GROUPS,
  type CostIndication,
  type EvidenceLevel,
  type KnowledgeSector,
  type TargetGroup,
} from './knowledge.value-object';

export class InterventionAssessedV1Data {
  @Description('id of the intervention (a knowledge product of type intervention)')
  @IsUUID()
  productId!: string;

  @Description('id of this assessment; a re-assessment has its own')
  @IsUUID()
  assessmentId!: string;

  @Description('the evidence level the assessment gives the intervention')
  @IsIn(EVIDENCE_LEVELS)
  evidenceLevel!: EvidenceLevel;

  @Description('the day of the assessment, YYYY-MM-DD')
  @IsCalendarDate()
  assessedOn!: string;

  @Description('the day after which the assessment has expired and a re-assessment is due, YYYY-MM-DD')
  @IsCalendarDate()
  @IsLaterThan('assessedOn')
  validUntil!: string;

  @Description('code of the body that assessed it, e.g. nro-erkenningscommissie or nji')
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  assessorBody!: string;

  @Description("the effect size (Cohen's d) where the assessment found one")
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(-5)
  @Max(5)
  effectSize?: number;

  @Description('who the intervention is for')
  @IsIn(TARGET_GROUPS)
  targetGroup!: TargetGroup;

  @Description('the sectors the assessment holds for')
  @IsArray()
  @ArrayUnique()
  @IsIn(KNOWLEDGE_SECTORS, { each: true })
  sectors!: KnowledgeSector[];

  @Description('the cost indication')
  @IsIn(COST_INDICATIONS)
  costIndication!: CostIndication;
}

export const InterventionAssessedV1 = defineEvent({
  type: 'InterventionAssessed',
  version: 1,
  topic: TOPICS.knowledge,
  description:
    'An intervention was assessed and given an evidence level, valid until a re-assessment is due.',
  subject: 'id of the intervention (knowledge product)',
  dataClass: InterventionAssessedV1Data,
});
