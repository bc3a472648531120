import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { RequiredWhen } from '../conditional-field.decorator';
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
  type ApproachOrigin,
  type Region,
} from './expert-schools.value-object';

const fromLab = (data: ExpertSchoolCertifiedV1Data): boolean => data.approachOrigin === 'lab-intervention';

export class ExpertSchoolCertifiedV1Data {
  @Description('id of the aspirant that was certified (the participation it was enrolled under)')
  @IsUUID()
  aspirantId!: string;

  @Description('BRIN of the school, from now on an expert school')
  @IsBrin()
  brin!: string;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the province the school is in, when the help desk registered it')
  @IsOptional()
  @IsRegion()
  region?: Region;

  @Description('the school year of the training year, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the pillars of effective teaching the approach it is certified for works on')
  @IsApproachPillarCodes()
  pillarCodes!: PillarCode[];

  @Description('where the approach comes from')
  @IsIn(APPROACH_ORIGINS)
  approachOrigin!: ApproachOrigin;

  @Description(
    'the co-creation lab intervention the approach implements; given when approachOrigin is lab-intervention',
  )
  @RequiredWhen(fromLab, 'approachOrigin is lab-intervention')
  @IsUUID()
  labInterventionId?: string;

  @Description('the day the school was certified as expert school, YYYY-MM-DD')
  @IsCalendarDate()
  certifiedOn!: string;
}

export const ExpertSchoolCertifiedV1 = defineEvent({
  type: 'ExpertSchoolCertified',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'An aspirant completed its training year and was certified as expert school for its approach.',
  subject: 'BRIN of the school',
  dataClass: ExpertSchoolCertifiedV1Data,
});
