import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { AssessSustainability } from './assess-sustainability.handler';
import type { Requested } from '../requested-command';

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

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function assessSustainabilityCommand(
  body: AssessSustainabilityRequestDto,
  participationId: string,
  clock: Clock,
): Requested<AssessSustainability> {
  return {
    participationId,
    assessedOn: body.assessedOn ?? clock.today(),
    sustainableCulture: body.sustainableCulture,
  };
}
