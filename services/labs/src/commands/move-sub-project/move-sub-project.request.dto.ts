import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIVE_D_PHASES,
  INTERVENTION_RESULTS,
  IsCalendarDate,
  IsPillarCode,
  IsWithinProgrammeDays,
  PILLAR_CODES,
  SECTORS,
  STUDY_KINDS,
  type FiveDPhase,
  type InterventionResult,
  type PillarCode,
  type Sector,
  type StudyKind,
} from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

class SummaryDto {
  @ApiProperty({
    description: 'what was found or decided, in words; kept in this service, never in an event',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  summary!: string;
}

export class SignalDto extends SummaryDto {}

export class DiagnosisDto extends SummaryDto {
  @ApiPropertyOptional({ enum: PILLAR_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes?: PillarCode[];
}

export class InterventionDto extends SummaryDto {
  @ApiProperty({ example: 'Zomerschool lezen' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: SECTORS, isArray: true, description: 'for whom: PO, VO or both' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: Sector[];

  @ApiPropertyOptional({ enum: PILLAR_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes?: PillarCode[];
}

export class StudyDto extends SummaryDto {
  @ApiProperty({ enum: STUDY_KINDS })
  @IsIn(STUDY_KINDS)
  kind!: StudyKind;

  @ApiProperty({ enum: INTERVENTION_RESULTS })
  @IsIn(INTERVENTION_RESULTS)
  outcome!: InterventionResult;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "the intervention studied; the sub-project's latest when left out",
  })
  @IsOptional()
  @IsUUID()
  interventionId?: string;
}

export class AdjustDecisionDto extends SummaryDto {
  @ApiProperty({ enum: ['adjust'], description: 'going back from Decide is the decision to adjust' })
  @Equals('adjust')
  decision!: 'adjust';
}

/** A 5D transition: the phase to enter, its day, and exactly the deliverable of the phase left. */
export class MoveSubProjectRequestDto {
  @ApiProperty({ enum: FIVE_D_PHASES })
  @IsIn(FIVE_D_PHASES)
  to!: FiveDPhase;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day of the transition; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  on?: string;

  @ApiPropertyOptional({ type: () => SignalDto, description: 'leaving Detect: the problem shown to exist' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignalDto)
  signal?: SignalDto;

  @ApiPropertyOptional({
    type: () => DiagnosisDto,
    description: 'leaving Diagnose: who has it, which causes',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DiagnosisDto)
  diagnosis?: DiagnosisDto;

  @ApiPropertyOptional({
    type: () => InterventionDto,
    description: 'leaving Design: the intervention, for whom',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterventionDto)
  intervention?: InterventionDto;

  @ApiPropertyOptional({ type: () => StudyDto, description: 'leaving Determine: did it work, for whom' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StudyDto)
  study?: StudyDto;

  @ApiPropertyOptional({ type: () => AdjustDecisionDto, description: 'leaving Decide for an earlier phase' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdjustDecisionDto)
  decision?: AdjustDecisionDto;
}
