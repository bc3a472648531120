import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GO_NO_GO_DECISIONS,
  GO_NO_GO_REASON_CODES,
  INTERVENTION_RESULTS,
  PILLAR_CODES,
  SECTORS,
  type GoNoGoDecision,
  type GoNoGoReasonCode,
  type InterventionResult,
  type PillarCode,
  type Sector,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { PILOT_STATUSES, type PilotState, type PilotStatus } from '../domain/pilot.entity';

export class GoNoGoResponse {
  @ApiProperty({ enum: GO_NO_GO_DECISIONS })
  decision!: GoNoGoDecision;

  @ApiProperty({ enum: GO_NO_GO_REASON_CODES, isArray: true })
  reasonCodes!: GoNoGoReasonCode[];

  @ApiPropertyOptional({ description: 'the reasons in words, for the lab team' })
  explanation?: string;

  @ApiProperty({ format: 'date' })
  decidedOn!: string;
}

export class PilotCompletionResponse {
  @ApiProperty({ enum: INTERVENTION_RESULTS })
  result!: InterventionResult;

  @ApiPropertyOptional({
    description: 'the effect on pupil results (standardised effect size), where measured',
  })
  pupilResultsEffectSize?: number;

  @ApiProperty({ format: 'date' })
  completedOn!: string;
}

/** A pilot of a designed intervention at lab schools, and where it stands. */
export class PilotResponse {
  @ApiProperty({ format: 'uuid' })
  pilotId!: string;

  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'uuid' })
  subProjectId!: string;

  @ApiProperty({ format: 'uuid' })
  interventionId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: PILLAR_CODES, isArray: true })
  themes!: PillarCode[];

  @ApiProperty({ type: [String], example: ['12AB', '34CD'] })
  brins!: string[];

  @ApiProperty({ enum: SECTORS, isArray: true })
  sectors!: Sector[];

  @ApiProperty({ enum: PILOT_STATUSES })
  status!: PilotStatus;

  @ApiProperty({ format: 'date' })
  plannedStartOn!: string;

  @ApiPropertyOptional({ format: 'date' })
  startedOn?: string;

  @ApiPropertyOptional({ type: () => GoNoGoResponse })
  goNoGo?: GoNoGoResponse;

  @ApiPropertyOptional({ format: 'date' })
  fieldExperimentStartedOn?: string;

  @ApiPropertyOptional({ type: () => PilotCompletionResponse })
  completion?: PilotCompletionResponse;
}

export function pilotResponse(stored: Stored<PilotState>): PilotResponse {
  const { state } = stored;
  return {
    pilotId: state.pilotId,
    labId: state.labId,
    version: stored.version,
    subProjectId: state.subProjectId,
    interventionId: state.interventionId,
    title: state.title,
    themes: [...state.themes],
    brins: [...state.brins],
    sectors: [...state.sectors],
    status: state.status,
    plannedStartOn: state.plannedStartOn,
    ...(state.startedOn !== undefined ? { startedOn: state.startedOn } : {}),
    ...(state.goNoGo ? { goNoGo: { ...state.goNoGo, reasonCodes: [...state.goNoGo.reasonCodes] } } : {}),
    ...(state.fieldExperimentStartedOn !== undefined
      ? { fieldExperimentStartedOn: state.fieldExperimentStartedOn }
      : {}),
    ...(state.completion ? { completion: { ...state.completion } } : {}),
  };
}
