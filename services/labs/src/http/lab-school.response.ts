import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LAB_SCHOOL_ROLES,
  LAB_SCHOOL_SOURCES,
  SECTORS,
  type LabSchoolRole,
  type LabSchoolSource,
  type Sector,
} from '@okr/contracts';
import { isCurrent, type Membership } from '../domain/roster.entity';

/** A school's place on a lab's roster for one school year. */
export class LabSchoolResponse {
  @ApiProperty({ example: '12AB' })
  brin!: string;

  @ApiProperty({ example: '2025-2026' })
  schoolYear!: string;

  @ApiProperty({ enum: LAB_SCHOOL_ROLES })
  role!: LabSchoolRole;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiProperty({ enum: LAB_SCHOOL_SOURCES, description: "the help desk's enrolment or the lab team" })
  source!: LabSchoolSource;

  @ApiProperty({ format: 'date' })
  joinedOn!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "the enrolment's participation, when through the help desk",
  })
  participationId?: string;

  @ApiPropertyOptional({ format: 'date' })
  leftOn?: string;

  @ApiPropertyOptional({ enum: LAB_SCHOOL_SOURCES, description: 'who took the school off the roster' })
  leftThrough?: LabSchoolSource;

  @ApiProperty({ description: 'on the roster now: joined and not left' })
  current!: boolean;
}

export function labSchoolResponse(membership: Membership): LabSchoolResponse {
  return { ...membership, current: isCurrent(membership) };
}

/** A lab's roster, one page of it. */
export class LabRosterResponse {
  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty({ type: () => [LabSchoolResponse] })
  items!: LabSchoolResponse[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;
}
