import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITIES,
  type Activity,
  INQUIRY_CHANNELS,
  INQUIRY_OUTCOMES,
  OUTSIDE_REFERRAL_REASON_CODES,
  type OutsideReferralReasonCode,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { API_BRIN, API_COUNT, API_DAY, API_MOMENT, API_UUID } from '@okr/service-kit';
import type { EnrolmentConfig } from '../config/enrolment.config';
import type { CalendarDay } from '../domain/calendar-day.value-object';
import { type ContactPerson, INQUIRY_STATUSES, type InquiryState } from '../domain/inquiry.entity';
import { firstResponseDueOn, isInquiryOverdue, type FirstResponseNorm } from '../domain/working-days.rules';

export class ContactPersonView {
  @ApiProperty({ example: 'Anna de Vries' })
  name!: string;

  @ApiPropertyOptional({ example: 'a.devries@example.org' })
  email?: string;

  @ApiPropertyOptional({ example: '+31 30 123 4567' })
  phone?: string;
}

export class ConversationView {
  @ApiProperty(API_DAY)
  heldOn!: string;

  @ApiProperty()
  notes!: string;
}

/** Where the inquiry was referred: to activities of the programme, or outside it with a reason. */
export class ReferralView {
  @ApiProperty({ enum: ['activities', 'outside-programme'] })
  kind!: 'activities' | 'outside-programme';

  @ApiPropertyOptional({ enum: ACTIVITIES, isArray: true, description: 'when kind is activities' })
  activities?: readonly Activity[];

  @ApiPropertyOptional({ enum: OUTSIDE_REFERRAL_REASON_CODES, description: 'when kind is outside-programme' })
  reasonCode?: OutsideReferralReasonCode;

  @ApiProperty(API_DAY)
  referredOn!: string;

  @ApiPropertyOptional()
  notes?: string;
}

/** An inquiry as the API shows it: its state plus where it stands against the first-response norm. */
export class InquiryResponse {
  @ApiProperty(API_UUID)
  inquiryId!: string;

  @ApiProperty(API_COUNT)
  version!: number;

  @ApiProperty(API_MOMENT)
  changedAt!: string;

  @ApiPropertyOptional({ ...API_BRIN, description: 'when the school is registered' })
  brin?: string;

  @ApiPropertyOptional({ description: 'when the school is not registered' })
  schoolName?: string;

  @ApiPropertyOptional({ type: ContactPersonView, description: 'absent once erased on request' })
  contact?: ContactPerson;

  @ApiPropertyOptional(API_DAY)
  contactErasedOn?: CalendarDay;

  @ApiProperty({ enum: INQUIRY_CHANNELS })
  channel!: InquiryState['channel'];

  @ApiPropertyOptional()
  question?: string;

  @ApiProperty(API_MOMENT)
  receivedAt!: string;

  @ApiProperty(API_DAY)
  receivedOn!: CalendarDay;

  @ApiProperty({ enum: INQUIRY_STATUSES })
  status!: InquiryState['status'];

  @ApiProperty(API_DAY)
  firstResponseDueOn!: CalendarDay;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty({ type: [ConversationView] })
  conversations!: InquiryState['conversations'];

  @ApiPropertyOptional({ type: ReferralView })
  referral?: InquiryState['referral'];

  @ApiPropertyOptional(API_DAY)
  closedOn?: CalendarDay;

  @ApiPropertyOptional({ enum: INQUIRY_OUTCOMES })
  outcome?: InquiryState['outcome'];
}

/**
 * The norm as configured. The configuration has no holidays yet, so only weekends are skipped; a public
 * holiday counts as a working day until one is added.
 */
export function firstResponseNormOf(config: EnrolmentConfig): FirstResponseNorm {
  const holidays = config.FIRST_RESPONSE_HOLIDAYS.split(',').filter((day) => day !== '');
  return { workingDays: config.FIRST_RESPONSE_WORKING_DAYS, holidays };
}

export function inquiryResponse(
  stored: Stored<InquiryState>,
  norm: FirstResponseNorm,
  today: CalendarDay,
): InquiryResponse {
  const { state } = stored;
  return {
    inquiryId: state.inquiryId,
    version: stored.version,
    changedAt: stored.changedAt.toISOString(),
    ...(state.brin !== undefined ? { brin: state.brin } : {}),
    ...(state.schoolName !== undefined ? { schoolName: state.schoolName } : {}),
    ...(state.contact !== undefined ? { contact: state.contact } : {}),
    ...(state.contactErasedOn !== undefined ? { contactErasedOn: state.contactErasedOn } : {}),
    channel: state.channel,
    ...(state.question !== undefined ? { question: state.question } : {}),
    receivedAt: state.receivedAt,
    receivedOn: state.receivedOn,
    status: state.status,
    firstResponseDueOn: firstResponseDueOn(state, norm),
    overdue: isInquiryOverdue(state, today, norm),
    conversations: state.conversations,
    ...(state.referral !== undefined ? { referral: state.referral } : {}),
    ...(state.closedOn !== undefined ? { closedOn: state.closedOn } : {}),
    ...(state.outcome !== undefined ? { outcome: state.outcome } : {}),
  };
}
