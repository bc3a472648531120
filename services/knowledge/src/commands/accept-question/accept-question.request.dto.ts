import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class AcceptQuestionRequestDto {
  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of this step; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  acceptedOn?: string;
}
