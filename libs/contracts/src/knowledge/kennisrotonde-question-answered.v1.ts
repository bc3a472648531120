import { IsBoolean, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class KennisrotondeQuestionAnsweredV1Data {
  @Description('id of the Kennisrotonde case')
  @IsUUID()
  caseId!: string;

  @Description('the day the knowledge broker answered, YYYY-MM-DD')
  @IsCalendarDate()
  answeredOn!: string;

  @Description('the day the question came in, YYYY-MM-DD')
  @IsCalendarDate()
  receivedOn!: string;

  @Description('BRIN of the school the question came from, when given')
  @IsOptional()
  @IsBrin()
  brin?: string;

  @Description('true when the question had priority: an extra question from a school in the programme')
  @IsBoolean()
  priority!: boolean;

  @Description('working days from receipt to answer')
  @IsInt()
  @Min(0)
  workingDays!: number;

  @Description('whether the answer came within the service norm')
  @IsBoolean()
  withinNorm!: boolean;
}

export const KennisrotondeQuestionAnsweredV1 = defineEvent({
  type: 'KennisrotondeQuestionAnswered',
  version: 1,
  topic: TOPICS.knowledge,
  description: 'A knowledge broker answered a Kennisrotonde question from the literature.',
  subject: 'id of the Kennisrotonde case',
  dataClass: KennisrotondeQuestionAnsweredV1Data,
});
