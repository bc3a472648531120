import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIVITIES, INTAKE_OUTCOMES, PILLARS } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { API_BRIN, API_COUNT, API_DAY, API_MOMENT, API_UUID } from '@okr/service-kit';
import type { IntakeState } from '../domain/intake.entity';

/** An intake as the API shows it. */
export class IntakeResponse {
  @ApiProperty(API_UUID)
  intakeId!: string;

  @ApiProperty(API_BRIN)
  brin!: string;

  @ApiProperty({ enum: ACTIVITIES })
  activity!: IntakeState['activity'];

  @ApiProperty({ enum: PILLARS })
  pillar!: IntakeState['pillar'];

  @ApiProperty({ enum: INTAKE_OUTCOMES })
  outcome!: IntakeState['outcome'];

  @ApiProperty()
  notes!: string;

  @ApiProperty(API_DAY)
  heldOn!: string;

  @ApiPropertyOptional(API_UUID)
  inquiryId?: string;

  @ApiProperty({
    ...API_COUNT,
    description: "the version of the school's intake stream for this activity that recorded it",
  })
  version!: number;

  @ApiProperty(API_MOMENT)
  recordedAt!: string;
}

export function intakeResponse(stored: Stored<IntakeState>): IntakeResponse {
  const { state } = stored;
  return {
    intakeId: state.intakeId,
    brin: state.brin,
    activity: state.activity,
    pillar: state.pillar,
    outcome: state.outcome,
    notes: state.notes,
    heldOn: state.heldOn,
    ...(state.inquiryId !== undefined ? { inquiryId: state.inquiryId } : {}),
    version: stored.version,
    recordedAt: stored.changedAt.toISOString(),
  };
}
