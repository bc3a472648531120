import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays, LAB_PHASES, type LabPhase } from '@okr/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class EnterLabPhaseRequestDto {
  @ApiProperty({
    enum: LAB_PHASES,
    description: 'the next phase: design after pilot, impact-evaluation after design',
  })
  @IsIn(LAB_PHASES)
  phase!: LabPhase;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day the lab entered it; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  enteredOn?: string;
}
