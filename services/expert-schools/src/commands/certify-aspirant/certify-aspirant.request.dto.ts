import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';

export class CertifyAspirantRequestDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the school was certified as expert school; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  certifiedOn?: string;
}
