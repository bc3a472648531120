import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { ACTIVITIES, IsSchoolYear, type Activity } from '../shared/programme.value-object';
import { IsLaterThan, IsUtcMoment } from '../shared/time.value-object';
import { TOPICS } from '../topics';

/** The most a school can be granted for one activity in a subsidy round. */
export class SubsidyRoundActivityAmount {
  @Description('the activity')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the most a school can be granted for the activity, in euro cents')
  @IsInt()
  @Min(0)
  maxAmountCents!: number;
}

export class SubsidyRoundOpenedV1Data {
  @Description('id of the subsidy round')
  @IsUUID()
  roundId!: string;

  @Description('the school year the round grants subsidies for, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('when schools can start to apply, ISO 8601 in UTC')
  @IsUtcMoment()
  opensAt!: string;

  @Description('when the round stops taking applications, ISO 8601 in UTC; later than opensAt')
  @IsUtcMoment()
  @IsLaterThan('opensAt')
  closesAt!: string;

  @Description('the budget of the round, in euro cents')
  @IsInt()
  @Min(0)
  budgetCents!: number;

  @Description('the most applications the round can grant')
  @IsInt()
  @Min(1)
  maxGrants!: number;

  @Description('the maximum amount per activity schools can apply for; one entry per activity')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique((amount: SubsidyRoundActivityAmount) => amount?.activity)
  @ValidateNested({ each: true })
  @Type(() => SubsidyRoundActivityAmount)
  activityAmounts!: SubsidyRoundActivityAmount[];
}

export const SubsidyRoundOpenedV1 = defineEvent({
  type: 'SubsidyRoundOpened',
  version: 1,
  topic: TOPICS.enrolment,
  description:
    'A subsidy round was opened for a school year, with its application period, budget and amounts.',
  subject: 'id of the subsidy round (roundId)',
  dataClass: SubsidyRoundOpenedV1Data,
});
