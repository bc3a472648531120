import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INQUIRY_OUTCOMES, IsCalendarDate, type InquiryOutcome, IsWithinProgrammeDays } from '@okr/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

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
