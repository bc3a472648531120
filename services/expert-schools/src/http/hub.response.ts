import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPROACH_ORIGINS,
  PILLAR_CODES,
  REGIONS,
  SECTORS,
  type ApproachOrigin,
  type PillarCode,
  type Region,
  type Sector,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { HUB_SIZE, statusOf, type HubState, type HubStatus } from '../domain/hub.entity';

export class HubExpertSchoolResponse {
  @ApiProperty({ example: '12AB' }) brin!: string;
  @ApiProperty({ format: 'uuid' }) aspirantId!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiPropertyOptional({ enum: REGIONS }) region?: Region;
  @ApiProperty({ enum: PILLAR_CODES, isArray: true }) pillarCodes!: PillarCode[];
  @ApiProperty({ enum: APPROACH_ORIGINS }) approachOrigin!: ApproachOrigin;
  @ApiPropertyOptional({ format: 'uuid' }) labInterventionId?: string;
}

export class TrainingResponse {
  @ApiProperty({ format: 'date' }) trainedOn!: string;
  @ApiProperty({ minimum: 1, maximum: 10 }) confidenceBefore!: number;
  @ApiProperty({ minimum: 1, maximum: 10 }) confidenceAfter!: number;
}

export class HubMemberResponse {
  @ApiProperty({ format: 'uuid' }) developmentSchoolId!: string;
  @ApiProperty({ example: '34CD' }) brin!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ format: 'date' }) joinedOn!: string;
  @ApiPropertyOptional({ type: TrainingResponse }) training?: TrainingResponse;
}

/** A hub: an expert school with its development schools; forming below four, formed from four, six at most. */
export class HubResponse {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ enum: ['forming', 'formed'] }) status!: HubStatus;
  @ApiProperty({ description: 'development schools it can still take' }) places!: number;
  @ApiProperty({ type: HubExpertSchoolResponse }) expertSchool!: HubExpertSchoolResponse;
  @ApiProperty({ format: 'date' }) openedOn!: string;
  @ApiPropertyOptional({ format: 'date', description: 'the day the fourth development school joined' })
  formedOn?: string;
  @ApiProperty({ type: [HubMemberResponse] }) members!: HubMemberResponse[];
}

export function hubResponse({ state, version, changedAt }: Stored<HubState>): HubResponse {
  return {
    hubId: state.hubId,
    version,
    changedAt: changedAt.toISOString(),
    schoolYear: state.schoolYear,
    status: statusOf(state),
    places: HUB_SIZE.max - state.members.length,
    expertSchool: { ...state.expertSchool, pillarCodes: [...state.expertSchool.pillarCodes] },
    openedOn: state.openedOn,
    ...(state.formedOn !== undefined ? { formedOn: state.formedOn } : {}),
    members: state.members.map((member) => ({
      ...member,
      ...(member.training ? { training: { ...member.training } } : {}),
    })),
  };
}
