import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { PageQuery } from '@okr/service-kit';
import { IsOptional } from 'class-validator';

export class ListOverdueQuestionsQueryDto extends PageQuery {
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day to judge on; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  today?: string;
}
