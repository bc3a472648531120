import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';

export class KeepAnswerUnpublishedRequestDto {
  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of this step; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  decidedOn?: string;
}
