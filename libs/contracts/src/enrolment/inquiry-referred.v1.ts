import { ArrayUnique, IsArray, IsIn, IsOptional, IsUUID, ValidateBy } from 'class-validator';
import { OnlyWhen } from '../conditional-field.decorator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { ACTIVITIES, type Activity } from '../shared/programme.value-object';
import { IsBrin } from '../shared/school.value-object';
import { TOPICS } from '../topics';
import {
  OUTSIDE_REFERRAL_REASON_CODES,
  REFERRAL_KINDS,
  type OutsideReferralReasonCode,
  type ReferralKind,
} from './enrolment.value-object';

/** Requires at least one activity when the inquiry was referred to activities, and none otherwise. */
export function IsActivitiesOfReferral(): PropertyDecorator {
  return ValidateBy({
    name: 'isActivitiesOfReferral',
    validator: {
      validate: (value: unknown, args) => {
        const referral = (args?.object as { referral?: unknown } | undefined)?.referral;
        // Not an array, or an unknown referral: IsArray or the referral's own check reports it.
        if (!Array.isArray(value)) return true;
        if (referral === 'activities') return value.length > 0;
        if (referral === 'outside-programme') return value.length === 0;
        return true;
      },
      defaultMessage: () =>
        '$property must name at least one activity when referral is activities, and none otherwise',
    },
  });
}

export class InquiryReferredV1Data {
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
    (data: InquiryReferredV1Data) => data.referral === 'outside-programme',
    'referral is outside-programme',
  )
  outsideReasonCode?: OutsideReferralReasonCode;
}

export const InquiryReferredV1 = defineEvent({
  type: 'InquiryReferred',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'The help desk referred an inquiry to activities of the programme, or outside the programme.',
  subject: 'BRIN of the school, or the inquiry id for a school not yet registered',
  dataClass: InquiryReferredV1Data,
});
