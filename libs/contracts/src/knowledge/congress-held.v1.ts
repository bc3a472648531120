import { IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { GATHERING_KINDS, IsThemeCodes, type GatheringKind } from './knowledge.value-object';

export class CongressHeldV1Data {
  @Description('id of the gathering')
  @IsUUID()
  gatheringId!: string;

  @Description('national congress, webinar or network meeting')
  @IsIn(GATHERING_KINDS)
  kind!: GatheringKind;

  @Description('the day it was held, YYYY-MM-DD')
  @IsCalendarDate()
  heldOn!: string;

  @Description('how many people attended')
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  attendees!: number;

  @Description('the average rating the attendees gave, 1 to 10, when asked')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(10)
  averageRating?: number;

  @Description('theme codes of the gathering')
  @IsThemeCodes()
  themes!: string[];
}

export const CongressHeldV1 = defineEvent({
  type: 'CongressHeld',
  version: 1,
  topic: TOPICS.knowledge,
  description:
    'The NRO held a national congress, webinar or network meeting on a day, with its attendance and rating.',
  subject: 'id of the gathering',
  dataClass: CongressHeldV1Data,
});
