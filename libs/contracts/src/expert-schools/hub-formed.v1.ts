import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { IsRegion, type Region } from './expert-schools.value-object';

export class HubFormedV1Data {
  @Description('id of the hub')
  @IsUUID()
  hubId!: string;

  @Description('BRIN of the expert school at the centre of the hub')
  @IsBrin()
  expertSchoolBrin!: string;

  @Description('PO (primary) or VO (secondary), of the expert school')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the province of the expert school, when known')
  @IsOptional()
  @IsRegion()
  region?: Region;

  @Description('the school year of the hub, e.g. 2025-2026')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('development schools in the hub when it formed: 4, the least a hub has')
  @IsInt()
  @Min(4)
  @Max(6)
  developmentSchoolCount!: number;

  @Description('the day the hub reached four development schools, YYYY-MM-DD')
  @IsCalendarDate()
  formedOn!: string;
}

export const HubFormedV1 = defineEvent({
  type: 'HubFormed',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'A hub of an expert school reached four development schools: it is formed.',
  subject: 'BRIN of the expert school',
  dataClass: HubFormedV1Data,
});
