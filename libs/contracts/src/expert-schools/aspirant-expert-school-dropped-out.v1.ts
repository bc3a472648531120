import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { DROP_OUT_REASON_CODES, type DropOutReasonCode } from './expert-schools.value-object';

export class AspirantExpertSchoolDroppedOutV1Data {
  @Description('id of the aspirant (the participation it was enrolled under)')
  @IsUUID()
  aspirantId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year of the cohort, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('why the aspirant dropped out')
  @IsIn(DROP_OUT_REASON_CODES)
  reasonCode!: DropOutReasonCode;

  @Description('the day the aspirant dropped out, YYYY-MM-DD')
  @IsCalendarDate()
  droppedOutOn!: string;
}

export const AspirantExpertSchoolDroppedOutV1 = defineEvent({
  type: 'AspirantExpertSchoolDroppedOut',
  version: 1,
  topic: TOPICS.expertSchools,
  description: 'An aspirant expert school left the training year without certification, with a reason code.',
  subject: 'BRIN of the school',
  dataClass: AspirantExpertSchoolDroppedOutV1Data,
});
