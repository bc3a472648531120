import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import type { PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  APPROACH_ORIGINS,
  CONFIDENCE_SCALE,
  IsApproachPillarCodes,
  type ApproachOrigin,
} from './expert-schools.value-object';

export class DevelopmentSchoolTrainedV1Data {
  @Description('id of the hub whose learning track the school completed')
  @IsUUID()
  hubId!: string;

  @Description('id of the development school (the participation the help desk enrolled it under)')
  @IsUUID()
  developmentSchoolId!: string;

  @Description('BRIN of the development school, from now on trained by an expert school')
  @IsBrin()
  brin!: string;

  @Description('PO (primary) or VO (secondary), of the development school')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('BRIN of the expert school that trained it')
  @IsBrin()
  expertSchoolBrin!: string;

  @Description('the school year of the learning track, e.g. 2025-2026')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the pillars of effective teaching the approach works on')
  @IsApproachPillarCodes()
  pillarCodes!: PillarCode[];

  @Description("where the expert school's approach comes from")
  @IsIn(APPROACH_ORIGINS)
  approachOrigin!: ApproachOrigin;

  @Description('the co-creation lab intervention the approach implements, if it comes from a lab')
  @IsOptional()
  @IsUUID()
  labInterventionId?: string;

  @Description("the trained teachers' average professional confidence before the track, 1-10 (whole number)")
  @IsInt()
  @Min(CONFIDENCE_SCALE.min)
  @Max(CONFIDENCE_SCALE.max)
  confidenceBefore!: number;

  @Description("the trained teachers' average professional confidence after the track, 1-10 (whole number)")
  @IsInt()
  @Min(CONFIDENCE_SCALE.min)
  @Max(CONFIDENCE_SCALE.max)
  confidenceAfter!: number;

  @Description('the day the school completed the learning track, YYYY-MM-DD')
  @IsCalendarDate()
  trainedOn!: string;
}

export const DevelopmentSchoolTrainedV1 = defineEvent({
  type: 'DevelopmentSchoolTrained',
  version: 1,
  topic: TOPICS.expertSchools,
  description:
    "A development school completed an expert school's learning track: trained by an expert school.",
  subject: 'BRIN of the development school',
  dataClass: DevelopmentSchoolTrainedV1Data,
});
