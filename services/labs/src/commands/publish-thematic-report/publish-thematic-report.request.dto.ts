import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsCalendarDate,
  IsPillarCode,
  IsWithinProgrammeDays,
  PILLAR_CODES,
  type PillarCode,
} from '@okr/contracts';
import { ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class PublishThematicReportRequestDto {
  @ApiProperty({ example: 'De zomerdip: diagnose en zomerschool' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: "diagnoses of the lab's sub-projects it is about",
  })
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  diagnosisIds!: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: "interventions of the lab's sub-projects it is about",
  })
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  interventionIds!: string[];

  @ApiPropertyOptional({ enum: PILLAR_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes?: PillarCode[];

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day it was published; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  publishedOn?: string;
}
