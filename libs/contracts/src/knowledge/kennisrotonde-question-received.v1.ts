import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { ASKER_ROLES, type AskerRole } from './knowledge.value-object';

// The asker's name, e-mail and the text of the question stay in the knowledge service: this event says only
// that a question came in, from whom by role, and whether it goes ahead of others.
export class KennisrotondeQuestionReceivedV1Data {
  @Description('id of the Kennisrotonde case (one question and its answer)')
  @IsUUID()
  caseId!: string;

  @Description('the day the question came in, YYYY-MM-DD')
  @IsCalendarDate()
  receivedOn!: string;

  @Description('the role of whoever asked')
  @IsIn(ASKER_ROLES)
  askerRole!: AskerRole;

  @Description('BRIN of the school the question comes from, when given')
  @IsOptional()
  @IsBrin()
  brin?: string;

  @Description('true when the school takes part in the programme, which gives the question priority')
  @IsBoolean()
  priority!: boolean;
}

export const KennisrotondeQuestionReceivedV1 = defineEvent({
  type: 'KennisrotondeQuestionReceived',
  version: 1,
  topic: TOPICS.knowledge,
  description:
    'A question came in at the Kennisrotonde, with priority when the school takes part in the programme.',
  subject: 'id of the Kennisrotonde case',
  dataClass: KennisrotondeQuestionReceivedV1Data,
});
