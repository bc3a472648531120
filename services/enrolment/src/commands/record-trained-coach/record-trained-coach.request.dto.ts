import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RecordTrainedCoachRequestDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the pseudonymous id of the coach (never a name), the same for the same coach; a new one when left out',
  })
  @IsOptional()
  @IsUUID()
  coachId?: string;

  @ApiPropertyOptional({
    example: '2025-12-10',
    format: 'date',
    description: 'the day the coach completed the training; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  trainedOn?: string;
}
