import { ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { SECTORS, type Sector } from '../shared/school.value-object';
import { IsPillarCode, type PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { IsLabCode } from './labs.value-object';

// Read by other services (expert schools train for a lab intervention, monitoring counts them): it carries
// every id a reader needs to place the intervention without asking the labs service.
export class InterventionDesignedV1Data {
  @Description('id of the intervention')
  @IsUUID()
  interventionId!: string;

  @Description('id of the sub-project whose Design phase delivered it')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description("the lab's code, e.g. taallab")
  @IsLabCode()
  labCode!: string;

  @Description('the sectors the intervention is designed for: PO, VO or both')
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: Sector[];

  @Description('the pillars of effective teaching the intervention works on, e.g. P3.A; may be empty')
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes!: PillarCode[];

  @Description('the day the intervention was designed, YYYY-MM-DD')
  @IsCalendarDate()
  designedOn!: string;
}

export const InterventionDesignedV1 = defineEvent({
  type: 'InterventionDesigned',
  version: 1,
  topic: TOPICS.labs,
  description: 'A sub-project of a lab designed an intervention (which one, for whom).',
  subject: 'id of the lab',
  dataClass: InterventionDesignedV1Data,
});
