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
import { NotAfterToday } from '@okr/service-kit';

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
