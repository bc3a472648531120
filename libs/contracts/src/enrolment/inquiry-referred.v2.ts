import { ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { OnlyWhen } from '../conditional-field.decorator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { ACTIVITIES, type Activity } from '../shared/programme.value-object';
import { IsBrin } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';
import {
  OUTSIDE_REFERRAL_REASON_CODES,
  REFERRAL_KINDS,
  type OutsideReferralReasonCode,
  type ReferralKind,
} from './enrolment.value-object';
import { IsActivitiesOfReferral } from './inquiry-referred.v1';

// v2 adds the day of the referral, required: v1 left it out, so a referral recorded late was dated by when it
// was published. Otherwise the same as v1.
export class InquiryReferredV2Data {
  @Description('id of the inquiry')
  @IsUUID()
  inquiryId!: string;

  @Description('BRIN of the school, when it is registered')
  @IsOptional()
  @IsBrin()
  brin?: string;

  @Description('whether the school was referred to activities of the programme or outside the programme')
  @IsIn(REFERRAL_KINDS)
  referral!: ReferralKind;

  @Description(
    'the activities the school was referred to: at least one when referral is activities, else none',
  )
  @IsArray()
  @ArrayUnique()
  @IsIn(ACTIVITIES, { each: true })
  @IsActivitiesOfReferral()
  activities!: Activity[];

  @Description(
    'why the school was referred outside the programme, when recorded; only with outside-programme',
  )
  @IsOptional()
  @IsIn(OUTSIDE_REFERRAL_REASON_CODES)
  @OnlyWhen(
    (data: InquiryReferredV2Data) => data.referral === 'outside-programme',
    'referral is outside-programme',
  )
  outsideReasonCode?: OutsideReferralReasonCode;

  @Description('the day of the referral, YYYY-MM-DD')
  @IsCalendarDate()
  referredOn!: string;
}

export const InquiryReferredV2 = defineEvent({
  type: 'InquiryReferred',
  version: 2,
  topic: TOPICS.enrolment,
  description:
    'The help desk referred an inquiry to activities of the programme, or outside the programme, on a day.',
  subject: 'BRIN of the school, or the inquiry id for a school not yet registered',
  dataClass: InquiryReferredV2Data,
});
