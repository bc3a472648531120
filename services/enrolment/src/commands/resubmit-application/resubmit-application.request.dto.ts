import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { ResubmitApplication } from './resubmit-application.handler';
import type { Requested } from '../requested-command';

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

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function resubmitApplicationCommand(
  body: ResubmitApplicationRequestDto,
  applicationId: string,
  clock: Clock,
): Requested<ResubmitApplication> {
  return {
    applicationId,
    ...(body.supplement !== undefined ? { supplement: body.supplement } : {}),
    resubmittedOn: body.resubmittedOn ?? clock.today(),
  };
}
