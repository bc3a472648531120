import { ApiProperty } from '@nestjs/swagger';
import { PILLAR_CODES, type PillarCode } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import type { LabDayState } from '../domain/lab-day.entity';
import type { ThematicReportState } from '../domain/thematic-report.entity';

/** A thematic report a lab published. */
export class ThematicReportResponse {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'date' })
  publishedOn!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  diagnosisIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  interventionIds!: string[];

  @ApiProperty({ enum: PILLAR_CODES, isArray: true })
  themes!: PillarCode[];
}

export function thematicReportResponse({ state }: Stored<ThematicReportState>): ThematicReportResponse {
  return {
    ...state,
    diagnosisIds: [...state.diagnosisIds],
    interventionIds: [...state.interventionIds],
    themes: [...state.themes],
  };
}

/** A lab day and the schools that attended. */
export class LabDayResponse {
  @ApiProperty({ format: 'uuid' })
  labDayId!: string;

  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty({ format: 'date' })
  heldOn!: string;

  @ApiProperty()
  topic!: string;

  @ApiProperty({ type: [String], example: ['12AB', '34CD'] })
  brins!: string[];
}

export function labDayResponse({ state }: Stored<LabDayState>): LabDayResponse {
  return { ...state, brins: [...state.brins] };
}
