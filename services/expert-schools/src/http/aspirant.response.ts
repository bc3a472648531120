import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPROACH_ORIGINS,
  DROP_OUT_REASON_CODES,
  PILLAR_CODES,
  REGIONS,
  SCHOOL_TYPES,
  SECTORS,
  type ApproachOrigin,
  type DropOutReasonCode,
  type PillarCode,
  type Region,
  type SchoolType,
  type Sector,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { ASPIRANT_STATUSES, type AspirantState, type AspirantStatus } from '../domain/aspirant.entity';
import {
  JUDGEMENTS,
  SELECTION_CRITERIA,
  TEAM_ROLES,
  type Judgement,
  type SelectionCriterion,
  type TeamRole,
} from '../domain/selection-criteria.value-object';

export class EqualAccessResponse {
  @ApiProperty() weakPerforming!: boolean;
  @ApiProperty() specialTargetGroups!: boolean;
  @ApiProperty() specialisedEducation!: boolean;
  @ApiProperty() smallRegional!: boolean;
}

export class CriterionAssessmentResponse {
  @ApiProperty({ enum: SELECTION_CRITERIA }) criterion!: SelectionCriterion;
  @ApiProperty({ enum: JUDGEMENTS }) judgement!: Judgement;
  @ApiProperty({ description: 'the evidence the assessor looked at, in words' }) evidence!: string;
}

export class AssessmentResponse {
  @ApiProperty({ format: 'date' }) assessedOn!: string;
  @ApiProperty({ type: [CriterionAssessmentResponse] }) criteria!: CriterionAssessmentResponse[];
}

export class TeamMemberResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TEAM_ROLES }) role!: TeamRole;
}

export class ApproachResponse {
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ enum: PILLAR_CODES, isArray: true }) pillarCodes!: PillarCode[];
  @ApiProperty({ enum: APPROACH_ORIGINS }) origin!: ApproachOrigin;
  @ApiPropertyOptional({ format: 'uuid' }) labInterventionId?: string;
}

export class SelectionResponse {
  @ApiProperty({ format: 'date' }) selectedOn!: string;
  @ApiProperty({ enum: SCHOOL_TYPES }) schoolType!: SchoolType;
  @ApiPropertyOptional({ enum: REGIONS }) region?: Region;
  @ApiProperty({ type: ApproachResponse }) approach!: ApproachResponse;
}

export class DropOutResponse {
  @ApiProperty({ enum: DROP_OUT_REASON_CODES }) reasonCode!: DropOutReasonCode;
  @ApiProperty({ format: 'date' }) droppedOutOn!: string;
  @ApiPropertyOptional() notes?: string;
}

/** An aspirant expert school as the API shows it, through its training year. */
export class AspirantResponse {
  @ApiProperty({ format: 'uuid', description: 'the participation the help desk enrolled it under' })
  aspirantId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ example: '12AB' }) brin!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ example: '2024-2025', description: 'the cohort: the training year' }) schoolYear!: string;
  @ApiProperty({ format: 'date' }) enrolledOn!: string;
  @ApiProperty({ type: EqualAccessResponse }) equalAccess!: EqualAccessResponse;
  @ApiProperty({ enum: ASPIRANT_STATUSES }) status!: AspirantStatus;
  @ApiPropertyOptional({ type: AssessmentResponse }) assessment?: AssessmentResponse;
  @ApiProperty({ type: [TeamMemberResponse] }) team!: TeamMemberResponse[];
  @ApiPropertyOptional({ type: SelectionResponse }) selection?: SelectionResponse;
  @ApiPropertyOptional({ format: 'date' }) certifiedOn?: string;
  @ApiPropertyOptional({ type: DropOutResponse }) dropOut?: DropOutResponse;
  @ApiPropertyOptional({ format: 'date' }) withdrawnOn?: string;
}

export function aspirantResponse({ state, version, changedAt }: Stored<AspirantState>): AspirantResponse {
  const { selection } = state;
  return {
    aspirantId: state.aspirantId,
    version,
    changedAt: changedAt.toISOString(),
    brin: state.brin,
    sector: state.sector,
    schoolYear: state.schoolYear,
    enrolledOn: state.enrolledOn,
    equalAccess: { ...state.equalAccess },
    status: state.status,
    ...(state.assessment
      ? {
          assessment: {
            assessedOn: state.assessment.assessedOn,
            criteria: state.assessment.criteria.map((criterion) => ({ ...criterion })),
          },
        }
      : {}),
    team: state.team.map((member) => ({ ...member })),
    ...(selection
      ? {
          selection: {
            ...selection,
            approach: {
              ...selection.approach,
              themes: [...selection.approach.themes],
              pillarCodes: [...selection.approach.pillarCodes],
            },
          },
        }
      : {}),
    ...(state.certifiedOn !== undefined ? { certifiedOn: state.certifiedOn } : {}),
    ...(state.dropOut ? { dropOut: { ...state.dropOut } } : {}),
    ...(state.withdrawnOn !== undefined ? { withdrawnOn: state.withdrawnOn } : {}),
  };
}
