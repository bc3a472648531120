import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsCalendarDate,
  WITHDRAWAL_REASON_CODES,
  type WithdrawalReasonCode,
  IsWithinProgrammeDays,
} from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { WithdrawParticipation } from './withdraw-participation.handler';
import type { Requested } from '../requested-command';

export class WithdrawParticipationRequestDto {
  @ApiPropertyOptional({
    example: '2025-11-15',
    format: 'date',
    description: 'the day the school withdrew; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  withdrawnOn?: string;

  @ApiProperty({
    enum: WITHDRAWAL_REASON_CODES,
    description: 'why the school withdrew; the event carries it',
  })
  @IsIn(WITHDRAWAL_REASON_CODES)
  reasonCode!: WithdrawalReasonCode;

  @ApiPropertyOptional({
    example: 'Nieuwe directeur wil eerst de teamsamenstelling op orde brengen.',
    description: 'the reason in words, for staff: kept in this service, never in the event',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function withdrawParticipationCommand(
  body: WithdrawParticipationRequestDto,
  participationId: string,
  clock: Clock,
): Requested<WithdrawParticipation> {
  return {
    participationId,
    withdrawnOn: body.withdrawnOn ?? clock.today(),
    reasonCode: body.reasonCode,
    ...(body.notes !== undefined ? { notes: body.notes } : {}),
  };
}
