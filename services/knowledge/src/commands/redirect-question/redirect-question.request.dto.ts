import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class RedirectQuestionRequestDto {
  @ApiProperty({ format: 'uuid', description: 'the published knowledge product that already answers it' })
  @IsUUID()
  productId!: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of the redirection; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  redirectedOn?: string;
}
