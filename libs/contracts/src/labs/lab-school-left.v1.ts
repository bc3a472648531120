import { IsIn, IsUUID } from 'class-validator';
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

export class LabSchoolLeftV1Data {
  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the role the school had: co-creating or participating school')
  @IsIn(LAB_SCHOOL_ROLES)
  role!: LabSchoolRole;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year the school left, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description("who took the school off the roster: the help desk's withdrawal, or the lab team")
  @IsIn(LAB_SCHOOL_SOURCES)
  source!: LabSchoolSource;

  @Description('the day the school left the lab, YYYY-MM-DD')
  @IsCalendarDate()
  leftOn!: string;
}

export const LabSchoolLeftV1 = defineEvent({
  type: 'LabSchoolLeft',
  version: 1,
  topic: TOPICS.labs,
  description: "A school left a lab's roster for a school year.",
  subject: 'id of the lab',
  dataClass: LabSchoolLeftV1Data,
});
