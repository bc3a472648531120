import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsCalendarDate,
  REJECTION_REASON_CODES,
  type RejectionReasonCode,
  IsWithinProgrammeDays,
} from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { RejectApplication } from './reject-application.handler';
import type { Requested } from '../requested-command';

export class RejectApplicationRequestDto {
  @ApiProperty({ enum: REJECTION_REASON_CODES, description: 'the reason as the events carry it' })
  @IsIn(REJECTION_REASON_CODES)
  reasonCode!: RejectionReasonCode;

  @ApiProperty({
    example: 'De intake wees uit dat Groeikracht nu niet bij de school past.',
    description: 'the reason in words, for the school; stays in this service',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reasonText!: string;

  @ApiPropertyOptional({
    example: '2025-04-15',
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
export function rejectApplicationCommand(
  body: RejectApplicationRequestDto,
  applicationId: string,
  clock: Clock,
): Requested<RejectApplication> {
  return {
    applicationId,
    reasonCode: body.reasonCode,
    reasonText: body.reasonText,
    decidedOn: body.decidedOn ?? clock.today(),
  };
}
