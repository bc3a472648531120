import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COST_INDICATIONS,
  type CostIndication,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  IsCalendarDate,
  IsWithinProgrammeDays,
  KNOWLEDGE_SECTORS,
  type KnowledgeSector,
  TARGET_GROUPS,
  type TargetGroup,
} from '@okr/contracts';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class AssessInterventionRequestDto {
  @ApiProperty({ enum: EVIDENCE_LEVELS })
  @IsIn(EVIDENCE_LEVELS)
  evidenceLevel!: EvidenceLevel;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of the assessment; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  assessedOn?: string;

  @ApiProperty({ example: 'nro-erkenningscommissie', description: 'code of the assessing body' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'assessorBody is a code such as nji or nro-erkenningscommissie',
  })
  assessorBody!: string;

  @ApiPropertyOptional({ example: 0.25, description: "Cohen's d where the assessment found one" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(-5)
  @Max(5)
  effectSize?: number;

  @ApiProperty({ enum: TARGET_GROUPS })
  @IsIn(TARGET_GROUPS)
  targetGroup!: TargetGroup;

  @ApiProperty({ enum: KNOWLEDGE_SECTORS, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(KNOWLEDGE_SECTORS, { each: true })
  sectors!: KnowledgeSector[];

  @ApiProperty({ enum: COST_INDICATIONS })
  @IsIn(COST_INDICATIONS)
  costIndication!: CostIndication;
}
