import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsUUID,
  Min,
} from 'class-validator';
import { RequiredWhen } from '../conditional-field.decorator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { SECTORS, type Sector } from '../shared/school.value-object';
import { IsPillarCode, type PillarCode } from '../shared/teaching-pillars.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import { INTERVENTION_RESULTS, IsLabCode, type InterventionResult } from './labs.value-object';

// Read by other services (monitoring counts effective interventions; expert schools may scale them up): it
// carries the ids, the schools' count and sectors, the result and, where measured, the effect.
export class PilotCompletedV1Data {
  @Description('id of the pilot')
  @IsUUID()
  pilotId!: string;

  @Description('id of the lab')
  @IsUUID()
  labId!: string;

  @Description("the lab's code, e.g. taallab")
  @IsLabCode()
  labCode!: string;

  @Description('id of the sub-project that designed the intervention')
  @IsUUID()
  subProjectId!: string;

  @Description('id of the intervention tried')
  @IsUUID()
  interventionId!: string;

  @Description('the pillars of effective teaching the intervention works on; may be empty')
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  themes!: PillarCode[];

  @Description('the number of schools the pilot ran at')
  @IsInt()
  @Min(1)
  schoolCount!: number;

  @Description('the sectors of those schools')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: Sector[];

  @Description('whether the pilot went on to a field experiment (a go)')
  @IsBoolean()
  fieldExperiment!: boolean;

  @Description('effective (a measured effect on pupil results), not-effective or inconclusive')
  @IsIn(INTERVENTION_RESULTS)
  result!: InterventionResult;

  @Description(
    'the effect on pupil results as a standardised effect size; given when measured, always when effective',
  )
  @RequiredWhen((data: PilotCompletedV1Data) => data.result === 'effective', 'result is effective')
  @IsNumber()
  pupilResultsEffectSize?: number;

  @Description('the day the pilot was completed, YYYY-MM-DD')
  @IsCalendarDate()
  completedOn!: string;
}

export const PilotCompletedV1 = defineEvent({
  type: 'PilotCompleted',
  version: 1,
  topic: TOPICS.labs,
  description: 'A pilot of a lab intervention was completed with a result and, where measured, its effect.',
  subject: 'id of the lab',
  dataClass: PilotCompletedV1Data,
});
