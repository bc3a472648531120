import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import type { PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  APPROACH_ORIGINS,
  IsApproachPillarCodes,
  IsRegion,
  SCHOOL_TYPES,
  type ApproachOrigin,
  type Region,
  type SchoolType,
} from './expert-schools.value-object';

export class AspirantExpertSchoolSelectedV1Data {
  @Description('id of the aspirant: the participation the help desk enrolled the school in as aspirant')
  @IsUUID()
  aspirantId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the province the school is in, when the help desk registered it')
  @IsOptional()
  @IsRegion()
  region?: Region;

  @Description('the type of school, for the spread of the cohort')
  @IsIn(SCHOOL_TYPES)
  schoolType!: SchoolType;

  @Description('the school year of the cohort (the training year), e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the pillars of effective teaching (P1-P7, sub-aspects like P3.B) the approach works on')
  @IsApproachPillarCodes()
  pillarCodes!: PillarCode[];

  @Description('where the approach comes from')
  @IsIn(APPROACH_ORIGINS)
  approachOrigin!: ApproachOrigin;

  @Description('the co-creation lab intervention the approach implements, if it comes from a lab')
  @IsOptional()
  @IsUUID()
  labInterventionId?: string;

  @Description('the day the programme office selected the aspirant, YYYY-MM-DD')
  @IsCalendarDate()
  selectedOn!: string;
}

export const AspirantExpertSchoolSelectedV1 = defineEvent({
  type: 'AspirantExpertSchoolSelected',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'An aspirant expert school was selected into the cohort of a school year for its approach.',
  subject: 'BRIN of the school',
  dataClass: AspirantExpertSchoolSelectedV1Data,
});
