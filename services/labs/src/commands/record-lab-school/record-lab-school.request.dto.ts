import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BRIN_PATTERN,
  IsCalendarDate,
  IsSchoolYear,
  IsWithinProgrammeDays,
  LAB_SCHOOL_ROLES,
  SECTORS,
  type LabSchoolRole,
  type Sector,
} from '@okr/contracts';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RecordLabSchoolRequestDto {
  @ApiProperty({ example: '12AB' })
  @Matches(BRIN_PATTERN, { message: 'brin is two digits and two capital letters, e.g. 12AB' })
  brin!: string;

  @ApiProperty({ enum: LAB_SCHOOL_ROLES })
  @IsIn(LAB_SCHOOL_ROLES)
  role!: LabSchoolRole;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiPropertyOptional({
    example: '2025-2026',
    description: 'the school year of the day it joined when left out',
  })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day it joined; today (Dutch time) when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  joinedOn?: string;
}
