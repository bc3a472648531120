import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INQUIRY_OUTCOMES, IsCalendarDate, type InquiryOutcome, IsWithinProgrammeDays } from '@okr/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { CloseInquiry } from './close-inquiry.handler';
import type { Requested } from '../requested-command';

export class CloseInquiryRequestDto {
  @ApiProperty({
    enum: INQUIRY_OUTCOMES,
    description: 'referred for a referred inquiry; answered, no-follow-up or duplicate for any other',
  })
  @IsIn(INQUIRY_OUTCOMES)
  outcome!: InquiryOutcome;

  @ApiPropertyOptional({
    example: '2025-03-12',
    format: 'date',
    description: 'the day it was closed; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  closedOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function closeInquiryCommand(
  body: CloseInquiryRequestDto,
  inquiryId: string,
  clock: Clock,
): Requested<CloseInquiry> {
  return { inquiryId, closedOn: body.closedOn ?? clock.today(), outcome: body.outcome };
}
