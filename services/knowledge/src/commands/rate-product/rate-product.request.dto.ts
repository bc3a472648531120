import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays, RESPONDENT_ROLES, type RespondentRole } from '@okr/contracts';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RateProductRequestDto {
  @ApiProperty({ enum: RESPONDENT_ROLES })
  @IsIn(RESPONDENT_ROLES)
  respondentRole!: RespondentRole;

  @ApiProperty({ minimum: 1, maximum: 10, example: 8 })
  @IsInt()
  @Min(1)
  @Max(10)
  score!: number;

  @ApiPropertyOptional({ description: 'stays in this service; never published' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of the rating; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  ratedOn?: string;
}
