import { ApiProperty } from '@nestjs/swagger';
import { COURSE_KINDS, REGIONS, SECTORS, type CourseKind, type Region, type Sector } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import type { CourseState } from '../domain/course.entity';
import type { QualityReviewState } from '../domain/quality-review.entity';
import type { RegionalNetworkState } from '../domain/regional-network.entity';

/** A course or knowledge-sharing session an expert school gave. */
export class CourseResponse {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty({ example: '12AB' }) expertSchoolBrin!: string;
  @ApiProperty({ enum: COURSE_KINDS }) kind!: CourseKind;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ format: 'date' }) givenOn!: string;
  @ApiProperty({ type: [String], description: 'BRINs of the schools that took part' })
  participantBrins!: string[];
  @ApiProperty() participantsCount!: number;
}

export function courseResponse({ state }: Stored<CourseState>): CourseResponse {
  return {
    ...state,
    participantBrins: [...state.participantBrins],
    participantsCount: state.participantBrins.length,
  };
}

/** A regional network of expert teachers and expert school leaders. */
export class RegionalNetworkResponse {
  @ApiProperty({ format: 'uuid' }) networkId!: string;
  @ApiProperty({ enum: REGIONS }) region!: Region;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) formedOn!: string;
  @ApiProperty() expertTeacherCount!: number;
  @ApiProperty() expertSchoolLeaderCount!: number;
  @ApiProperty({ description: 'expert teachers and expert school leaders together' }) memberCount!: number;
  @ApiProperty({ type: [String] }) expertSchoolBrins!: string[];
}

export function regionalNetworkResponse({ state }: Stored<RegionalNetworkState>): RegionalNetworkResponse {
  return {
    ...state,
    expertSchoolBrins: [...state.expertSchoolBrins],
    memberCount: state.expertTeacherCount + state.expertSchoolLeaderCount,
  };
}

/** The yearly quality review of an expert school. */
export class QualityReviewResponse {
  @ApiProperty({ format: 'uuid' }) reviewId!: string;
  @ApiProperty({ example: '12AB' }) brin!: string;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ format: 'date' }) reviewedOn!: string;
  @ApiProperty() sustainablyHighQuality!: boolean;
  @ApiProperty({ type: [String], description: 'the reasons in words' }) reasons!: string[];
}

export function qualityReviewResponse({ state }: Stored<QualityReviewState>): QualityReviewResponse {
  return { ...state, reasons: [...state.reasons] };
}
