import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class HoldExploratoryConversationRequestDto {
  @ApiPropertyOptional({
    example: '2025-03-05',
    format: 'date',
    description: 'the day of the conversation; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  heldOn?: string;

  @ApiProperty({ example: 'Team wil werken aan begrijpend lezen; Groeikracht past mogelijk.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  notes!: string;
}
