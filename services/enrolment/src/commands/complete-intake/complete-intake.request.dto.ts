import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITIES,
  INTAKE_OUTCOMES,
  IsBrin,
  IsCalendarDate,
  type Activity,
  type IntakeOutcome,
  IsWithinProgrammeDays,
} from '@okr/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { CompleteIntake } from './complete-intake.handler';
import type { Requested } from '../requested-command';

/** The outcome of a pillar's intake with a school for one activity. */
export class CompleteIntakeRequestDto {
  @ApiProperty({ example: '12AB', description: 'the BRIN of a registered school' })
  @IsBrin()
  brin!: string;

  @ApiProperty({ enum: ACTIVITIES })
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @ApiProperty({ enum: INTAKE_OUTCOMES })
  @IsIn(INTAKE_OUTCOMES)
  outcome!: IntakeOutcome;

  @ApiProperty({
    example: 'Team wil werken aan begrijpend lezen.',
    description: "the pillar's notes; kept in the service, never published",
  })
  @IsString()
  @MaxLength(4000)
  notes!: string;

  @ApiPropertyOptional({
    example: '2025-02-10',
    format: 'date',
    description: 'the day of the (last) intake conversation; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  heldOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the inquiry the intake followed from' })
  @IsOptional()
  @IsUUID()
  inquiryId?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function completeIntakeCommand(
  body: CompleteIntakeRequestDto,
  clock: Clock,
): Requested<CompleteIntake> {
  return {
    brin: body.brin,
    activity: body.activity,
    outcome: body.outcome,
    notes: body.notes,
    heldOn: body.heldOn ?? clock.today(),
    ...(body.inquiryId !== undefined ? { inquiryId: body.inquiryId } : {}),
  };
}
