import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBrin, IsCalendarDate, IsSchoolYear, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class OpenHubRequestDto {
  @ApiProperty({ example: '12AB', description: 'the certified expert school at the centre of the hub' })
  @IsBrin()
  expertSchoolBrin!: string;

  @ApiProperty({
    example: '2025-2026',
    description: 'the school year its development schools follow the track',
  })
  @IsSchoolYear()
  schoolYear!: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the hub opened; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  openedOn?: string;
}
