import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BRIN_PATTERN, IsCalendarDate, IsSchoolYear, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

/** The path of a school on a lab's roster. */
export class LabSchoolParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ example: '12AB' })
  @Matches(BRIN_PATTERN, { message: 'brin is two digits and two capital letters, e.g. 12AB' })
  brin!: string;
}

export class RemoveLabSchoolRequestDto {
  @ApiPropertyOptional({
    example: '2025-2026',
    description: 'only this school year; every current year when left out',
  })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day it left; today (Dutch time) when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  leftOn?: string;
}
