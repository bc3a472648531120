import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class ResubmitApplicationRequestDto {
  @ApiPropertyOptional({
    example: 'Groep 5 tot en met 8 doen mee; het team krijgt twee studiedagen.',
    description: "the school's answer; stays in this service",
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  supplement?: string;

  @ApiPropertyOptional({
    example: '2025-03-27',
    format: 'date',
    description: 'the day the information came in, when the clock resumes; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  resubmittedOn?: string;
}
