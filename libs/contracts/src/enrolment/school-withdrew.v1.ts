import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  ACTIVITIES,
  IsPillarOfActivity,
  IsSchoolYear,
  PILLARS,
  type Activity,
  type Pillar,
} from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { WITHDRAWAL_REASON_CODES, type WithdrawalReasonCode } from './enrolment.value-object';

export class SchoolWithdrewV1Data {
  @Description('id of the participation the school withdrew from')
  @IsUUID()
  participationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the school withdrew from')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  @IsPillarOfActivity()
  pillar!: Pillar;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year of the participation, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('why the school withdrew')
  @IsIn(WITHDRAWAL_REASON_CODES)
  reasonCode!: WithdrawalReasonCode;

  @Description('the day the school withdrew, YYYY-MM-DD')
  @IsCalendarDate()
  withdrawnOn!: string;
}

export const SchoolWithdrewV1 = defineEvent({
  type: 'SchoolWithdrew',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A school withdrew from an activity it was enrolled in, with a reason code.',
  subject: 'BRIN of the school',
  dataClass: SchoolWithdrewV1Data,
});
