import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PILLAR_CODES, SECTORS, type PillarCode, type Sector } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import type { DevelopmentSchoolState } from '../domain/development-school.entity';
import type { HubState } from '../domain/hub.entity';
import { EqualAccessResponse } from './aspirant.response';

export class ImprovementQuestionResponse {
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ enum: PILLAR_CODES, isArray: true }) pillarCodes!: PillarCode[];
}

export class HubMembershipResponse {
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ example: '12AB' }) expertSchoolBrin!: string;
  @ApiProperty({ format: 'date' }) joinedOn!: string;
  @ApiPropertyOptional({ format: 'date', description: 'the day it completed the learning track' })
  trainedOn?: string;
}

/** A development school as the API shows it, with the hub it is in. */
export class DevelopmentSchoolResponse {
  @ApiProperty({ format: 'uuid', description: 'the participation the help desk enrolled it under' })
  developmentSchoolId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ example: '34CD' }) brin!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ format: 'date' }) enrolledOn!: string;
  @ApiProperty({ type: EqualAccessResponse }) equalAccess!: EqualAccessResponse;
  @ApiPropertyOptional({ type: ImprovementQuestionResponse })
  improvementQuestion?: ImprovementQuestionResponse;
  @ApiPropertyOptional({ type: HubMembershipResponse }) hub?: HubMembershipResponse;
  @ApiPropertyOptional({ format: 'date' }) withdrawnOn?: string;
}

export function developmentSchoolResponse(
  { state, version, changedAt }: Stored<DevelopmentSchoolState>,
  hubs: readonly HubState[] = [],
): DevelopmentSchoolResponse {
  const hub = hubs.find(({ members }) =>
    members.some(({ developmentSchoolId }) => developmentSchoolId === state.developmentSchoolId),
  );
  const member = hub?.members.find(
    ({ developmentSchoolId }) => developmentSchoolId === state.developmentSchoolId,
  );
  return {
    developmentSchoolId: state.developmentSchoolId,
    version,
    changedAt: changedAt.toISOString(),
    brin: state.brin,
    sector: state.sector,
    schoolYear: state.schoolYear,
    enrolledOn: state.enrolledOn,
    equalAccess: { ...state.equalAccess },
    ...(state.improvementQuestion
      ? {
          improvementQuestion: {
            themes: [...state.improvementQuestion.themes],
            pillarCodes: [...state.improvementQuestion.pillarCodes],
          },
        }
      : {}),
    ...(hub && member
      ? {
          hub: {
            hubId: hub.hubId,
            expertSchoolBrin: hub.expertSchool.brin,
            joinedOn: member.joinedOn,
            ...(member.training ? { trainedOn: member.training.trainedOn } : {}),
          },
        }
      : {}),
    ...(state.withdrawnOn !== undefined ? { withdrawnOn: state.withdrawnOn } : {}),
  };
}
