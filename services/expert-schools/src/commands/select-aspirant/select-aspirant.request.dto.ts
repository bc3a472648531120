import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPROACH_ORIGINS,
  IsApproachPillarCodes,
  IsCalendarDate,
  IsWithinProgrammeDays,
  PILLAR_CODES,
  SCHOOL_TYPES,
  type ApproachOrigin,
  type PillarCode,
  type SchoolType,
} from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class ApproachDto {
  @ApiProperty({ example: 'Een leven lang lezen: leesmotivatie' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ description: 'what the approach is and what it does for pupils, in words' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  summary!: string;

  @ApiProperty({ type: [String], example: ['leesmotivatie', 'begrijpend lezen'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  themes!: string[];

  @ApiProperty({ enum: PILLAR_CODES, isArray: true, example: ['P3.A', 'P5.A'] })
  @IsApproachPillarCodes()
  pillarCodes!: PillarCode[];

  @ApiProperty({ enum: APPROACH_ORIGINS })
  @IsIn(APPROACH_ORIGINS)
  origin!: ApproachOrigin;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "the co-creation lab intervention it implements (the labs service's InterventionDesigned id)",
  })
  @IsOptional()
  @IsUUID()
  labInterventionId?: string;
}

export class SelectAspirantRequestDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day of the selection; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  selectedOn?: string;

  @ApiProperty({ enum: SCHOOL_TYPES })
  @IsIn(SCHOOL_TYPES)
  schoolType!: SchoolType;

  @ApiProperty({ type: ApproachDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ApproachDto)
  approach!: ApproachDto;
}
