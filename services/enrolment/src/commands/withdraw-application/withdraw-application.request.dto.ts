import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { WithdrawApplication } from './withdraw-application.handler';
import type { Requested } from '../requested-command';

export class WithdrawApplicationRequestDto {
  @ApiPropertyOptional({
    example: '2025-03-25',
    format: 'date',
    description: 'the day the school withdrew it; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  withdrawnOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function withdrawApplicationCommand(
  body: WithdrawApplicationRequestDto,
  applicationId: string,
  clock: Clock,
): Requested<WithdrawApplication> {
  return { applicationId, withdrawnOn: body.withdrawnOn ?? clock.today() };
}
