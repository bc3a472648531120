import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITIES,
  IsCalendarDate,
  OnlyWhen,
  OUTSIDE_REFERRAL_REASON_CODES,
  REFERRAL_KINDS,
  RequiredWhen,
  type Activity,
  type OutsideReferralReasonCode,
  type ReferralKind,
  IsWithinProgrammeDays,
} from '@okr/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { Referral } from '../../domain/inquiry.entity';
import type { ReferInquiry } from './refer-inquiry.handler';
import type { Requested } from '../requested-command';

const toActivities = (body: ReferInquiryRequestDto): boolean => body.kind === 'activities';
const outside = (body: ReferInquiryRequestDto): boolean => body.kind === 'outside-programme';

/** A referral to activities of the programme, or outside it with a reason code. */
export class ReferInquiryRequestDto {
  @ApiProperty({ enum: REFERRAL_KINDS })
  @IsIn(REFERRAL_KINDS)
  kind!: ReferralKind;

  @ApiPropertyOptional({
    enum: ACTIVITIES,
    isArray: true,
    description: 'the activities the school is referred to; required (and only allowed) for kind activities',
  })
  @RequiredWhen(toActivities, 'kind is activities')
  @OnlyWhen(toActivities, 'kind is activities')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ACTIVITIES.length)
  @IsIn(ACTIVITIES, { each: true })
  activities?: Activity[];

  @ApiPropertyOptional({
    enum: OUTSIDE_REFERRAL_REASON_CODES,
    description: 'why outside the programme; required (and only allowed) for kind outside-programme',
  })
  @RequiredWhen(outside, 'kind is outside-programme')
  @OnlyWhen(outside, 'kind is outside-programme')
  @IsIn(OUTSIDE_REFERRAL_REASON_CODES)
  reasonCode?: OutsideReferralReasonCode;

  @ApiPropertyOptional({ example: 'Past goed bij Groeikracht.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({
    example: '2025-03-10',
    format: 'date',
    description: 'the day of the referral; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  referredOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function referInquiryCommand(
  body: ReferInquiryRequestDto,
  inquiryId: string,
  clock: Clock,
): Requested<ReferInquiry> {
  // The validation pipe requires the field that goes with the kind; were it missing after all, the domain would
  // refuse the referral rather than take a default.
  const referral: Referral =
    body.kind === 'activities'
      ? { kind: 'activities', activities: body.activities ?? [] }
      : { kind: 'outside-programme', reasonCode: body.reasonCode as OutsideReferralReasonCode };
  return {
    ...referral,
    inquiryId,
    referredOn: body.referredOn ?? clock.today(),
    ...(body.notes !== undefined ? { notes: body.notes } : {}),
  };
}
