import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class JoinHubRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  developmentSchoolId!: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day it joined; today (Dutch time) when left out' })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  joinedOn?: string;
}
