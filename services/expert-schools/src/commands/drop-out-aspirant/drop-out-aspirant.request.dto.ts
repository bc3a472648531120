import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DROP_OUT_REASON_CODES,
  IsCalendarDate,
  IsWithinProgrammeDays,
  type DropOutReasonCode,
} from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class DropOutAspirantRequestDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the aspirant dropped out; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  droppedOutOn?: string;

  @ApiProperty({ enum: DROP_OUT_REASON_CODES, description: 'why; the event carries it' })
  @IsIn(DROP_OUT_REASON_CODES)
  reasonCode!: DropOutReasonCode;

  @ApiPropertyOptional({ description: 'the reason in words, for the coordinators; never in an event' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}
