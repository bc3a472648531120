import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DECLINE_REASON_CODES, type DeclineReasonCode } from '../../domain/kennisrotonde-case.entity';
import { NotAfterToday } from '@okr/service-kit';

export class DeclineQuestionRequestDto {
  @ApiProperty({ enum: DECLINE_REASON_CODES })
  @IsIn(DECLINE_REASON_CODES)
  reasonCode!: DeclineReasonCode;

  @ApiPropertyOptional({ description: 'a note for the asker; stays in this service' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of this step; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  declinedOn?: string;
}
