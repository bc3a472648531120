import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';

export class WithdrawApplicationRequestDto {
  @ApiPropertyOptional({
    example: '2025-03-25',
    format: 'date',
    description: 'the day the school withdrew it; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  withdrawnOn?: string;
}
