import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@okr/service-kit';

export class ListOverdueApplicationsQueryDto extends PageQuery {
  @ApiPropertyOptional({
    example: '2025-06-30',
    format: 'date',
    description: 'the day to judge on; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  today?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'only the applications of this round' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}
