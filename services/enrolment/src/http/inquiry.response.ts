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
import { shownDay, shownMoment } from './shown-day';

export class ContactPersonView {
  @ApiProperty({ example: 'Anna de Vries' })
  name!: string;

  @ApiPropertyOptional({ example: 'a.devries@example.org' })
  email?: string;

  @ApiPropertyOptional({ example: '+31 30 123 4567' })
  phone?: string;
}

export class ConversationView {
  @ApiProperty({ ...API_DAY, nullable: true, description: 'null when the stored day cannot be shown' })
  heldOn!: string | null;

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

  @ApiProperty({ ...API_DAY, nullable: true, description: 'null when the stored day cannot be shown' })
  referredOn!: string | null;

  @ApiPropertyOptional()
  notes?: string;
}

/** An inquiry as the API shows it: its state plus where it stands against the first-response norm. */
export class InquiryResponse {
  @ApiProperty(API_UUID)
  inquiryId!: string;

  @ApiProperty(API_COUNT)
  version!: number;

  @ApiProperty({ ...API_MOMENT, nullable: true, description: 'null when the stored moment cannot be shown' })
  changedAt!: string | null;

  @ApiPropertyOptional({ ...API_BRIN, description: 'when the school is registered' })
  brin?: string;

  @ApiPropertyOptional({ description: 'when the school is not registered' })
  schoolName?: string;

  @ApiPropertyOptional({ type: ContactPersonView, description: 'absent once erased on request' })
  contact?: ContactPerson;

  @ApiPropertyOptional({
    ...API_DAY,
    nullable: true,
    description: 'null when the stored day cannot be shown',
  })
  contactErasedOn?: CalendarDay | null;

  @ApiProperty({ enum: INQUIRY_CHANNELS })
  channel!: InquiryState['channel'];

  @ApiPropertyOptional()
  question?: string;

  @ApiProperty({ ...API_MOMENT, nullable: true, description: 'null when the stored moment cannot be shown' })
  receivedAt!: string | null;

  @ApiProperty({ ...API_DAY, nullable: true, description: 'null when the stored day cannot be shown' })
  receivedOn!: CalendarDay | null;

  @ApiProperty({ enum: INQUIRY_STATUSES })
  status!: InquiryState['status'];

  @ApiProperty({ ...API_DAY, nullable: true, description: 'null when the day of receipt is unknown' })
  firstResponseDueOn!: CalendarDay | null;

  @ApiProperty({ description: 'false when the day of receipt is unknown: it cannot be judged' })
  overdue!: boolean;

  @ApiProperty({ type: [ConversationView] })
  conversations!: ConversationView[];

  @ApiPropertyOptional({ type: ReferralView })
  referral?: ReferralView;

  @ApiPropertyOptional({
    ...API_DAY,
    nullable: true,
    description: 'null when the stored day cannot be shown',
  })
  closedOn?: CalendarDay | null;

  @ApiPropertyOptional({ enum: INQUIRY_OUTCOMES })
  outcome?: InquiryState['outcome'];

  @ApiProperty({
    type: [String],
    example: [],
    description:
      'the fields whose stored day or moment cannot be shown (missing, not a day, or one the calendar cannot ' +
      'count from, in a record stored before days were checked); they are null. Normally empty',
  })
  unknownDays!: string[];
}

/**
 * The norm as configured. The configuration has no holidays yet, so only weekends are skipped; a public
 * holiday counts as a working day until one is added.
 */
export function firstResponseNormOf(config: EnrolmentConfig): FirstResponseNorm {
  const holidays = config.FIRST_RESPONSE_HOLIDAYS.split(',').filter((day) => day !== '');
  return { workingDays: config.FIRST_RESPONSE_WORKING_DAYS, holidays };
}

/**
 * The inquiry as the API shows it. A day or moment stored before days were checked (missing, impossible, or
 * one the calendar cannot count from) is shown as null and named in `unknownDays`; without a day of receipt
 * the first-response due day is unknown too, and the inquiry is not judged overdue.
 */
export function inquiryResponse(
  stored: Stored<InquiryState>,
  norm: FirstResponseNorm,
  today: CalendarDay,
): InquiryResponse {
  const { state } = stored;
  const unknownDays: string[] = [];
  const day = (field: string, value: unknown): CalendarDay | null => {
    const shown = shownDay(value);
    if (shown === null) unknownDays.push(field);
    return shown;
  };
  const moment = (field: string, value: unknown): string | null => {
    const shown = shownMoment(value);
    if (shown === null) unknownDays.push(field);
    return shown;
  };
  const changedAt = moment('changedAt', stored.changedAt);
  const receivedAt = moment('receivedAt', state.receivedAt);
  const receivedOn = day('receivedOn', state.receivedOn);
  const received = receivedOn === null ? undefined : { ...state, receivedOn };
  // An old record's list of conversations may itself be missing, whatever the state's type says.
  const storedConversations: InquiryState['conversations'] | undefined = state.conversations;
  const conversations = (storedConversations ?? []).map((conversation, index) => ({
    ...conversation,
    heldOn: day(`conversations[${index}].heldOn`, conversation.heldOn),
  }));
  return {
    inquiryId: state.inquiryId,
    version: stored.version,
    changedAt,
    ...(state.brin !== undefined ? { brin: state.brin } : {}),
    ...(state.schoolName !== undefined ? { schoolName: state.schoolName } : {}),
    ...(state.contact !== undefined ? { contact: state.contact } : {}),
    ...(state.contactErasedOn !== undefined
      ? { contactErasedOn: day('contactErasedOn', state.contactErasedOn) }
      : {}),
    channel: state.channel,
    ...(state.question !== undefined ? { question: state.question } : {}),
    receivedAt,
    receivedOn,
    status: state.status,
    firstResponseDueOn: received ? firstResponseDueOn(received, norm) : null,
    overdue: received ? isInquiryOverdue(received, today, norm) : false,
    conversations,
    ...(state.referral !== undefined
      ? { referral: { ...state.referral, referredOn: day('referral.referredOn', state.referral.referredOn) } }
      : {}),
    ...(state.closedOn !== undefined ? { closedOn: day('closedOn', state.closedOn) } : {}),
    ...(state.outcome !== undefined ? { outcome: state.outcome } : {}),
    unknownDays,
  };
}
