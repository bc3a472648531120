import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';

export class AcceptQuestionRequestDto {
  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of this step; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  acceptedOn?: string;
}
