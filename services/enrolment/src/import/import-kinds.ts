import type { Type, ValidationPipe } from '@nestjs/common';
import type { Stored } from '@okr/messaging';
import type { Clock } from '@okr/service-kit';
import {
  assessSustainabilityCommand,
  AssessSustainabilityRequestDto,
} from '../commands/assess-sustainability/assess-sustainability.request.dto';
import {
  closeInquiryCommand,
  CloseInquiryRequestDto,
} from '../commands/close-inquiry/close-inquiry.request.dto';
import {
  completeIntakeCommand,
  CompleteIntakeRequestDto,
} from '../commands/complete-intake/complete-intake.request.dto';
import {
  completeParticipationCommand,
  CompleteParticipationRequestDto,
} from '../commands/complete-participation/complete-participation.request.dto';
import {
  grantApplicationCommand,
  GrantApplicationRequestDto,
} from '../commands/grant-application/grant-application.request.dto';
import {
  holdConversationCommand,
  HoldExploratoryConversationRequestDto,
} from '../commands/hold-exploratory-conversation/hold-exploratory-conversation.request.dto';
import {
  openRoundCommand,
  OpenSubsidyRoundRequestDto,
} from '../commands/open-subsidy-round/open-subsidy-round.request.dto';
import {
  receiveInquiryCommand,
  ReceiveInquiryRequestDto,
} from '../commands/receive-inquiry/receive-inquiry.request.dto';
import {
  recordTrainedCoachCommand,
  RecordTrainedCoachRequestDto,
} from '../commands/record-trained-coach/record-trained-coach.request.dto';
import {
  referInquiryCommand,
  ReferInquiryRequestDto,
} from '../commands/refer-inquiry/refer-inquiry.request.dto';
import {
  registerSchoolCommand,
  RegisterSchoolRequestDto,
} from '../commands/register-school/register-school.request.dto';
import {
  rejectApplicationCommand,
  RejectApplicationRequestDto,
} from '../commands/reject-application/reject-application.request.dto';
import {
  requestInformationCommand,
  RequestInformationRequestDto,
} from '../commands/request-information/request-information.request.dto';
import {
  resubmitApplicationCommand,
  ResubmitApplicationRequestDto,
} from '../commands/resubmit-application/resubmit-application.request.dto';
import {
  startParticipationCommand,
  StartParticipationRequestDto,
} from '../commands/start-participation/start-participation.request.dto';
import {
  submitApplicationCommand,
  SubmitApplicationRequestDto,
} from '../commands/submit-application/submit-application.request.dto';
import {
  withdrawApplicationCommand,
  WithdrawApplicationRequestDto,
} from '../commands/withdraw-application/withdraw-application.request.dto';
import {
  withdrawParticipationCommand,
  WithdrawParticipationRequestDto,
} from '../commands/withdraw-participation/withdraw-participation.request.dto';
import { participationIdFor } from '../infrastructure/enrolment.aggregates';
import type { ImportHandlers } from './import-handlers';
import type { ImportKind } from './import-rows';

/** What a reference field of a row names: another row of the file (or of an earlier import), or a stored id. */
export type ReferenceTarget = 'inquiry' | 'round' | 'application';

export interface Reference {
  readonly names: ReferenceTarget;
  readonly required: boolean;
  /** The command's own field that takes the id the reference resolves to (e.g. an intake's inquiryId). */
  readonly into?: string;
}

/** What running one row needs besides its fields. */
export interface RowContext {
  readonly handlers: ImportHandlers;
  readonly actor: string;
  /** `import:<row id>`: the row's commit carries it, so a re-run finds the row done. */
  readonly causationKey: string;
  /** The id of a record the row creates (an inquiry, a round, an intake): the row id, or a UUID made of it. */
  readonly newId: string;
  /** The resolved id of each reference field. */
  readonly references: Readonly<Record<string, string>>;
  readonly clock: Clock;
}

/** A row kind: the command DTO its fields are validated with, the rows it names, and how it runs. */
export interface RowKind {
  readonly references: Readonly<Record<string, Reference>>;
  /** The DTO's fields from the row's (a field renamed where the row's `kind` took its name). */
  readonly bodyOf: (fields: Readonly<Record<string, unknown>>) => Record<string, unknown>;
  /** Validates the body with the platform's pipe (400 rules of the endpoint); returns the row's command. */
  readonly prepare: (
    body: Record<string, unknown>,
    pipe: ValidationPipe,
  ) => Promise<(context: RowContext) => Promise<Stored<unknown>>>;
}

function rowKind<D extends object>(
  dto: Type<D>,
  run: (body: D, context: RowContext) => Promise<Stored<unknown>>,
  references: Readonly<Record<string, Reference>> = {},
  bodyOf: RowKind['bodyOf'] = (fields) => ({ ...fields }),
): RowKind {
  return {
    references,
    bodyOf,
    prepare: async (body, pipe) => {
      const validated: unknown = await pipe.transform(body, { type: 'body', metatype: dto });
      if (!(validated instanceof dto)) throw new Error(`the pipe did not make a ${dto.name}`);
      return (context) => run(validated, context);
    },
  };
}

const ofInquiry: Readonly<Record<string, Reference>> = { inquiry: { names: 'inquiry', required: true } };
const ofApplication: Readonly<Record<string, Reference>> = {
  application: { names: 'application', required: true },
};

const ref = (context: RowContext, field: string): string => {
  const id = context.references[field];
  if (id === undefined) throw new Error(`reference ${field} was not resolved`);
  return id;
};
const participationOf = (context: RowContext): string => participationIdFor(ref(context, 'application'));
const keyed = ({ actor, causationKey }: RowContext) => ({ actor, causationKey });

/**
 * Every kind of row, each through the handler of its endpoint with the same mapping of its DTO, so an
 * imported fact is decided and published exactly as one recorded through the API (docs/import-format.md).
 */
export const ROW_KINDS: Readonly<Record<ImportKind, RowKind>> = {
  school: rowKind(RegisterSchoolRequestDto, (body, context) =>
    context.handlers.registerSchool.execute({
      ...registerSchoolCommand(body, context.clock),
      ...keyed(context),
    }),
  ),
  inquiry: rowKind(ReceiveInquiryRequestDto, (body, context) =>
    context.handlers.receiveInquiry.execute({
      ...receiveInquiryCommand(body, context.clock),
      inquiryId: context.newId,
      ...keyed(context),
    }),
  ),
  conversation: rowKind(
    HoldExploratoryConversationRequestDto,
    (body, context) =>
      context.handlers.holdConversation.execute({
        ...holdConversationCommand(body, ref(context, 'inquiry'), context.clock),
        ...keyed(context),
      }),
    ofInquiry,
  ),
  referral: rowKind(
    ReferInquiryRequestDto,
    (body, context) =>
      context.handlers.referInquiry.execute({
        ...referInquiryCommand(body, ref(context, 'inquiry'), context.clock),
        ...keyed(context),
      }),
    ofInquiry,
    // The row's `kind` is the row's; the referral's own kind is `to`.
    ({ to, ...fields }) => ({ ...fields, ...(to !== undefined ? { kind: to } : {}) }),
  ),
  'inquiry-closure': rowKind(
    CloseInquiryRequestDto,
    (body, context) =>
      context.handlers.closeInquiry.execute({
        ...closeInquiryCommand(body, ref(context, 'inquiry'), context.clock),
        ...keyed(context),
      }),
    ofInquiry,
  ),
  intake: rowKind(
    CompleteIntakeRequestDto,
    (body, context) =>
      context.handlers.completeIntake.execute({
        ...completeIntakeCommand(body, context.clock),
        intakeId: context.newId,
        ...keyed(context),
      }),
    { inquiry: { names: 'inquiry', required: false, into: 'inquiryId' } },
  ),
  round: rowKind(OpenSubsidyRoundRequestDto, (body, context) =>
    context.handlers.openRound.execute({
      ...openRoundCommand(body),
      roundId: context.newId,
      ...keyed(context),
    }),
  ),
  application: rowKind(
    SubmitApplicationRequestDto,
    (body, context) =>
      context.handlers.submitApplication.execute({
        ...submitApplicationCommand(body, context.clock),
        ...keyed(context),
      }),
    { round: { names: 'round', required: true, into: 'roundId' } },
  ),
  'information-request': rowKind(
    RequestInformationRequestDto,
    (body, context) =>
      context.handlers.requestInformation.execute({
        ...requestInformationCommand(body, ref(context, 'application'), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  resubmission: rowKind(
    ResubmitApplicationRequestDto,
    (body, context) =>
      context.handlers.resubmitApplication.execute({
        ...resubmitApplicationCommand(body, ref(context, 'application'), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  grant: rowKind(
    GrantApplicationRequestDto,
    async (body, context) =>
      (
        await context.handlers.grantApplication.execute({
          ...grantApplicationCommand(body, ref(context, 'application'), context.clock),
          ...keyed(context),
        })
      ).application,
    ofApplication,
  ),
  rejection: rowKind(
    RejectApplicationRequestDto,
    (body, context) =>
      context.handlers.rejectApplication.execute({
        ...rejectApplicationCommand(body, ref(context, 'application'), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  'application-withdrawal': rowKind(
    WithdrawApplicationRequestDto,
    (body, context) =>
      context.handlers.withdrawApplication.execute({
        ...withdrawApplicationCommand(body, ref(context, 'application'), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  'participation-start': rowKind(
    StartParticipationRequestDto,
    (body, context) =>
      context.handlers.startParticipation.execute({
        ...startParticipationCommand(body, participationOf(context), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  completion: rowKind(
    CompleteParticipationRequestDto,
    (body, context) =>
      context.handlers.completeParticipation.execute({
        ...completeParticipationCommand(body, participationOf(context), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  'participation-withdrawal': rowKind(
    WithdrawParticipationRequestDto,
    (body, context) =>
      context.handlers.withdrawParticipation.execute({
        ...withdrawParticipationCommand(body, participationOf(context), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  assessment: rowKind(
    AssessSustainabilityRequestDto,
    (body, context) =>
      context.handlers.assessSustainability.execute({
        ...assessSustainabilityCommand(body, participationOf(context), context.clock),
        ...keyed(context),
      }),
    ofApplication,
  ),
  coach: rowKind(
    RecordTrainedCoachRequestDto,
    (body, context) =>
      context.handlers.recordTrainedCoach.execute({
        ...recordTrainedCoachCommand(body, participationOf(context), context.clock, () => context.newId),
        ...keyed(context),
      }),
    ofApplication,
  ),
};
