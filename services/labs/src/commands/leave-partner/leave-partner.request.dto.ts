import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

/** The path of a lab's partner. */
export class PartnerParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  partnerId!: string;
}

export class LeavePartnerRequestDto {
  @ApiPropertyOptional({ format: 'date', description: 'the day it left; today (Dutch time) when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  leftOn?: string;
}
