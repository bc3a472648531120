import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsCalendarDate,
  IsWithinProgrammeDays,
  RETIREMENT_REASON_CODES,
  type RetirementReasonCode,
} from '@okr/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RetireProductRequestDto {
  @ApiProperty({ enum: RETIREMENT_REASON_CODES })
  @IsIn(RETIREMENT_REASON_CODES)
  reasonCode!: RetirementReasonCode;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day it went offline; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  retiredOn?: string;
}
