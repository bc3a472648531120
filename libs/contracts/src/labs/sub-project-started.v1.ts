import { ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsPillarCode, type PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { FIVE_D_PHASES, type FiveDPhase } from './labs.value-object';

export class SubProjectStartedV1Data {
  @Description('id of the sub-project (deelproject)')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the lab the sub-project belongs to')
  @IsUUID()
  labId!: string;

  @Description('the 5D phase the sub-project starts in: a sub-project may enter at any phase')
  @IsIn(FIVE_D_PHASES)
  phase!: FiveDPhase;

  @Description('the pillars of effective teaching the sub-project is about, e.g. P6.D; may be empty')
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes!: PillarCode[];

  @Description('the day the sub-project started, YYYY-MM-DD')
  @IsCalendarDate()
  startedOn!: string;
}

export const SubProjectStartedV1 = defineEvent({
  type: 'SubProjectStarted',
  version: 1,
  topic: TOPICS.labs,
  description: 'A sub-project of a lab started, in one of the phases of the 5D model.',
  subject: 'id of the lab',
  dataClass: SubProjectStartedV1Data,
});
