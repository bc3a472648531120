import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { PageQuery } from '@okr/service-kit';

export class ListOverdueInquiriesQueryDto extends PageQuery {
  @ApiPropertyOptional({
    example: '2025-03-14',
    format: 'date',
    description: 'the day to judge on; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  today?: string;
}
