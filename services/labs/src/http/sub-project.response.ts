import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIVE_D_PHASES,
  INTERVENTION_RESULTS,
  PILLAR_CODES,
  SECTORS,
  STUDY_KINDS,
  SUB_PROJECT_DECISIONS,
  type FiveDPhase,
  type InterventionResult,
  type PillarCode,
  type Sector,
  type StudyKind,
  type SubProjectDecision,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import {
  DELIVERABLE_OF_PHASE,
  enteredOn,
  type Deliverable,
  type DeliverableKind,
  type FiveDView,
  type SubProjectState,
} from '../domain/sub-project.entity';

export class PhaseVisitResponse {
  @ApiProperty({ enum: FIVE_D_PHASES })
  phase!: FiveDPhase;

  @ApiProperty({ format: 'date' })
  enteredOn!: string;

  @ApiPropertyOptional({ format: 'date' })
  leftOn?: string;
}

/** What a phase delivered; the fields present depend on `kind`. */
export class DeliverableResponse {
  @ApiProperty({ enum: Object.values(DELIVERABLE_OF_PHASE) })
  kind!: DeliverableKind;

  @ApiProperty({ enum: FIVE_D_PHASES, description: 'the phase that delivered it' })
  phase!: FiveDPhase;

  @ApiProperty({ format: 'date' })
  deliveredOn!: string;

  @ApiProperty()
  summary!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a diagnosis' })
  diagnosisId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'an intervention, or the intervention a study is of' })
  interventionId?: string;

  @ApiPropertyOptional({ description: 'an intervention' })
  title?: string;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true, description: 'an intervention' })
  sectors?: Sector[];

  @ApiPropertyOptional({ enum: PILLAR_CODES, isArray: true, description: 'a diagnosis or an intervention' })
  themes?: PillarCode[];

  @ApiPropertyOptional({ format: 'uuid', description: 'a study' })
  studyId?: string;

  @ApiPropertyOptional({ enum: STUDY_KINDS, description: 'a study' })
  studyKind?: StudyKind;

  @ApiPropertyOptional({ enum: INTERVENTION_RESULTS, description: 'a study' })
  outcome?: InterventionResult;

  @ApiPropertyOptional({ enum: SUB_PROJECT_DECISIONS, description: 'a decision' })
  decision?: SubProjectDecision;
}

export class ConclusionResponse {
  @ApiProperty({ enum: SUB_PROJECT_DECISIONS })
  decision!: SubProjectDecision;

  @ApiProperty({ format: 'date' })
  concludedOn!: string;
}

/** A sub-project: where it is in the 5D model, the way it came, and what each phase delivered. */
export class SubProjectResponse {
  @ApiProperty({ format: 'uuid' })
  subProjectId!: string;

  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ example: 'Zomerschool' })
  title!: string;

  @ApiProperty({ enum: PILLAR_CODES, isArray: true })
  themes!: PillarCode[];

  @ApiProperty({ format: 'date' })
  startedOn!: string;

  @ApiProperty({ enum: FIVE_D_PHASES })
  phase!: FiveDPhase;

  @ApiProperty({ format: 'date', description: 'the day it entered the phase it is in' })
  phaseEnteredOn!: string;

  @ApiProperty({ enum: ['active', 'concluded'] })
  status!: 'active' | 'concluded';

  @ApiProperty({ type: () => [PhaseVisitResponse] })
  visits!: PhaseVisitResponse[];

  @ApiProperty({ type: () => [DeliverableResponse] })
  deliverables!: DeliverableResponse[];

  @ApiPropertyOptional({ type: () => ConclusionResponse })
  conclusion?: ConclusionResponse;
}

export function subProjectResponse(stored: Stored<SubProjectState>): SubProjectResponse {
  const { state } = stored;
  return {
    subProjectId: state.subProjectId,
    labId: state.labId,
    version: stored.version,
    title: state.title,
    themes: [...state.themes],
    startedOn: state.startedOn,
    phase: state.phase,
    phaseEnteredOn: enteredOn(state),
    status: state.status,
    visits: state.visits.map((visit) => ({ ...visit })),
    deliverables: state.deliverables.map(deliverableResponse),
    ...(state.conclusion ? { conclusion: { ...state.conclusion } } : {}),
  };
}

function deliverableResponse(deliverable: Deliverable): DeliverableResponse {
  switch (deliverable.kind) {
    case 'diagnosis':
      return { ...deliverable, themes: [...deliverable.themes] };
    case 'intervention':
      return { ...deliverable, themes: [...deliverable.themes], sectors: [...deliverable.sectors] };
    default:
      return { ...deliverable };
  }
}

export class FiveDSubProjectResponse {
  @ApiProperty({ format: 'uuid' })
  subProjectId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'date' })
  enteredOn!: string;

  @ApiProperty({ description: 'days since it entered the phase' })
  daysInPhase!: number;
}

export class FiveDPhaseResponse {
  @ApiProperty({ enum: FIVE_D_PHASES })
  phase!: FiveDPhase;

  @ApiProperty({ type: () => [FiveDSubProjectResponse], description: 'longest in the phase first' })
  subProjects!: FiveDSubProjectResponse[];
}

export class ConcludedSubProjectResponse {
  @ApiProperty({ format: 'uuid' })
  subProjectId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: SUB_PROJECT_DECISIONS })
  decision!: SubProjectDecision;

  @ApiProperty({ format: 'date' })
  concludedOn!: string;
}

/** A lab's 5D view: its sub-projects per phase, and the concluded ones. */
export class FiveDViewResponse {
  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty({ format: 'date', description: 'the day the days in phase are counted to' })
  asOf!: string;

  @ApiProperty({ type: () => [FiveDPhaseResponse] })
  phases!: FiveDPhaseResponse[];

  @ApiProperty({ type: () => [ConcludedSubProjectResponse] })
  concluded!: ConcludedSubProjectResponse[];
}

export function fiveDViewResponse(labId: string, asOf: string, view: FiveDView): FiveDViewResponse {
  return {
    labId,
    asOf,
    phases: view.phases.map((phase) => ({
      phase: phase.phase,
      subProjects: phase.subProjects.map((subProject) => ({ ...subProject })),
    })),
    concluded: view.concluded.map((subProject) => ({ ...subProject })),
  };
}
