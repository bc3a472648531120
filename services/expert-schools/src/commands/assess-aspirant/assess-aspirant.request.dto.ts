import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  JUDGEMENTS,
  SELECTION_CRITERIA,
  type Judgement,
  type SelectionCriterion,
} from '../../domain/selection-criteria.value-object';
import { NotAfterToday } from '@okr/service-kit';

export class CriterionAssessmentDto {
  @ApiProperty({ enum: SELECTION_CRITERIA })
  @IsIn(SELECTION_CRITERIA)
  criterion!: SelectionCriterion;

  @ApiProperty({ enum: JUDGEMENTS, description: "the assessor's judgement" })
  @IsIn(JUDGEMENTS)
  judgement!: Judgement;

  @ApiProperty({
    example: 'Inspectierapport 2023: basiskwaliteit op orde; eigen toetsanalyse drie jaar.',
    description: 'the evidence looked at, in words; kept in this service, never in an event',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  evidence!: string;
}

export class AssessAspirantRequestDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day of the assessment; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  assessedOn?: string;

  @ApiProperty({
    type: [CriterionAssessmentDto],
    description: `every criterion of 001 §3.5 exactly once: ${SELECTION_CRITERIA.join(', ')}`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SELECTION_CRITERIA.length)
  @ValidateNested({ each: true })
  @Type(() => CriterionAssessmentDto)
  criteria!: CriterionAssessmentDto[];
}
