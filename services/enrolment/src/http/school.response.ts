import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCATION_PATTERN, SECTORS, type Sector } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { API_BRIN, API_COUNT, API_DAY, API_MOMENT } from '@okr/service-kit';
import type { SchoolState } from '../domain/school.entity';

/** The equal-access criteria a school meets, as the API shows them. */
export class EqualAccessView {
  @ApiProperty({ description: 'the inspectorate judges the school weak or very weak' })
  weakPerforming!: boolean;

  @ApiProperty({ description: 'many pupils from groups the programme targets specially' })
  specialTargetGroups!: boolean;

  @ApiProperty({ description: 'the school gives specialised education (SO, SBO or VSO)' })
  specialisedEducation!: boolean;

  @ApiProperty({
    description: 'a small school in a rural or shrinking region (derived from the pupil count)',
  })
  smallRegional!: boolean;
}

/** A school's profile as the API shows it: the facts the help desk recorded and the derived flags. */
export class SchoolProfileView {
  @ApiPropertyOptional({ pattern: LOCATION_PATTERN.source, example: '01' })
  location?: string;

  @ApiProperty({ example: 'De Regenboog' })
  name!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiProperty()
  specialisedEducation!: boolean;

  @ApiProperty({ example: '41234' })
  boardNumber!: string;

  @ApiProperty({ example: 'Utrecht' })
  municipality!: string;

  @ApiProperty({ example: 'Utrecht' })
  province!: string;

  @ApiProperty(API_COUNT)
  pupilCount!: number;

  @ApiProperty({ type: EqualAccessView })
  equalAccess!: EqualAccessView;

  @ApiPropertyOptional({ example: 31.5 })
  schoolWeight?: number;
}

/** A school as the API shows it. */
export class SchoolResponse {
  @ApiProperty(API_BRIN)
  brin!: string;

  @ApiProperty({ ...API_COUNT, description: 'the version of the school record, for the audit trail' })
  version!: number;

  @ApiProperty(API_MOMENT)
  changedAt!: string;

  /** Absent for schools registered before the day was kept. */
  @ApiPropertyOptional({ ...API_DAY, description: 'absent for schools registered before the day was kept' })
  registeredOn?: string;

  @ApiProperty({ type: SchoolProfileView })
  profile!: SchoolState['profile'];
}

export function schoolResponse(stored: Stored<SchoolState>): SchoolResponse {
  return {
    brin: stored.state.brin,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    ...(stored.state.registeredOn !== undefined ? { registeredOn: stored.state.registeredOn } : {}),
    profile: stored.state.profile,
  };
}
