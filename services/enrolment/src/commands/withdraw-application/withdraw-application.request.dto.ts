import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class WithdrawApplicationRequestDto {
  @ApiPropertyOptional({
    example: '2025-03-25',
    format: 'date',
    description: 'the day the school withdrew it; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  withdrawnOn?: string;
}
