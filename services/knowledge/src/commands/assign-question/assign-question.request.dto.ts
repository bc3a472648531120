import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, Matches } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class AssignQuestionRequestDto {
  @ApiProperty({ example: 'broker-7', description: "the knowledge broker's staff id" })
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'brokerId is a staff id: letters, digits, ., _ and -' })
  brokerId!: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of this step; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  assignedOn?: string;
}
