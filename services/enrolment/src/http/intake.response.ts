import type { Stored } from '@okr/messaging';
import type { IntakeState } from '../domain/intake.entity';

/** An intake as the API shows it. */
export interface IntakeResponse {
  intakeId: string;
  brin: string;
  activity: IntakeState['activity'];
  pillar: IntakeState['pillar'];
  outcome: IntakeState['outcome'];
  notes: string;
  heldOn: string;
  inquiryId?: string;
  /** The version of the school's intake stream for this activity that recorded it. */
  version: number;
  recordedAt: string;
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
