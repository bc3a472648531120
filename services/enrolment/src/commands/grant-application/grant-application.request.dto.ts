import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsInt, IsOptional, Min } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { GrantApplication } from './grant-application.handler';
import type { Requested } from '../requested-command';

export class GrantApplicationRequestDto {
  @ApiPropertyOptional({
    example: 2_500_000,
    description: 'the amount granted in euro cents, at most the amount asked; the amount asked when left out',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  grantedAmountCents?: number;

  @ApiPropertyOptional({
    example: '2025-03-20',
    format: 'date',
    description: 'the day of the decision; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  decidedOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function grantApplicationCommand(
  body: GrantApplicationRequestDto,
  applicationId: string,
  clock: Clock,
): Requested<GrantApplication> {
  return {
    applicationId,
    decidedOn: body.decidedOn ?? clock.today(),
    ...(body.grantedAmountCents !== undefined ? { grantedAmountCents: body.grantedAmountCents } : {}),
  };
}
