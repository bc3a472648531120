import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class CertifyAspirantRequestDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the school was certified as expert school; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  certifiedOn?: string;
}
