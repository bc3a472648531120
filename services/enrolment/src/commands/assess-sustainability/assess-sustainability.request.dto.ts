import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class AssessSustainabilityRequestDto {
  @ApiPropertyOptional({
    example: '2027-07-01',
    format: 'date',
    description:
      'the day of the assessment, 12 months or more after completion; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  assessedOn?: string;

  @ApiProperty({ description: 'whether the school shows a sustainable research and improvement culture' })
  @IsBoolean()
  sustainableCulture!: boolean;
}
