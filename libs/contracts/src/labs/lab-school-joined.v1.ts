import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  LAB_SCHOOL_ROLES,
  LAB_SCHOOL_SOURCES,
  type LabSchoolRole,
  type LabSchoolSource,
} from './labs.value-object';

export class LabSchoolJoinedV1Data {
  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('co-creating or participating school')
  @IsIn(LAB_SCHOOL_ROLES)
  role!: LabSchoolRole;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year the school takes part in, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description("who put the school on the roster: the help desk's enrolment, or the lab team")
  @IsIn(LAB_SCHOOL_SOURCES)
  source!: LabSchoolSource;

  @Description('the day the school joined the lab, YYYY-MM-DD')
  @IsCalendarDate()
  joinedOn!: string;

  @Description("the enrolment's participation, when the school came through the help desk")
  @IsOptional()
  @IsUUID()
  participationId?: string;
}

export const LabSchoolJoinedV1 = defineEvent({
  type: 'LabSchoolJoined',
  version: 1,
  topic: TOPICS.labs,
  description: "A school joined a lab's roster for a school year, as co-creating or participating school.",
  subject: 'id of the lab',
  dataClass: LabSchoolJoinedV1Data,
});
