import { Injectable } from '@nestjs/common';
import type { Activity } from '@okr/contracts';
import { AggregateStore } from '@okr/messaging';
import { dayOf, isMoment, type CalendarDay } from '../domain/calendar-day.value-object';
import type { EligibilityContext } from '../domain/eligibility.rules';
import type { InquiryState } from '../domain/inquiry.entity';
import type { IntakeState } from '../domain/intake.entity';
import type { SchoolState } from '../domain/school.entity';
import type { SubsidyRoundState } from '../domain/subsidy-round.entity';
import { ActivityCatalogueReader } from './activity-catalogue.reader';
import { AGGREGATE_TYPES, streams } from './enrolment.aggregates';

/**
 * Loads the facts the eligibility rules read for one school, activity and round. They are facts the
 * application only reads, so they may come from memory (AggregateStore.loadReference).
 */
@Injectable()
export class EligibilityContextLoader {
  constructor(
    private readonly store: AggregateStore,
    private readonly catalogue: ActivityCatalogueReader,
  ) {}

  /**
   * The context, with no applications in it: "one live application per school, activity and round" is kept by
   * the application streams themselves (applicationIdFor), which a query here could not do, since an
   * application filed a moment ago by another desk might not be found yet.
   */
  async load(
    brin: string,
    activity: Activity,
    roundId: string,
    submittedAt: Date,
  ): Promise<EligibilityContext> {
    const [school, round, catalogue, intakes] = await Promise.all([
      this.store.requireReference<SchoolState>(streams.school(brin)),
      this.store.requireReference<SubsidyRoundState>(streams.round(roundId)),
      this.catalogue.inForceAt(submittedAt),
      this.intakesOf(brin, activity),
    ]);
    const inquiryIds = [...new Set(intakes.flatMap((intake) => intake.inquiryId ?? []))];
    return {
      school: school.state,
      round: round.state,
      catalogue,
      intakes,
      applications: [],
      exploratoryConversationsOn: await this.conversationDays(brin, inquiryIds, submittedAt),
    };
  }

  /**
   * Every intake of the school for the activity: each is a version of one stream, and the one recorded last
   * need not be the one that counts (an intake held earlier may be recorded late), so the rules choose. With
   * one version, the cached latest suffices and the history is not read.
   */
  private async intakesOf(brin: string, activity: Activity): Promise<IntakeState[]> {
    const stream = streams.intake(brin, activity);
    const latest = await this.store.loadReference<IntakeState>(stream);
    if (!latest) return [];
    if (latest.version === 1) return [latest.state];
    return (await this.store.history<IntakeState>(stream)).map((commit) => commit.state);
  }

  /**
   * The days the help desk talked with the school: in an inquiry an intake names (the school may have asked
   * before it was registered, so that inquiry has no BRIN), and in every inquiry under the school's BRIN. A
   * named inquiry with a conversation by the day of submission settles the rule, and spares the list of all
   * the school's inquiries (a scan of the commits on FerretDB).
   */
  private async conversationDays(
    brin: string,
    inquiryIds: readonly string[],
    submittedAt: Date,
  ): Promise<CalendarDay[]> {
    const named = await Promise.all(
      inquiryIds.map((inquiryId) => this.store.loadReference<InquiryState>(streams.inquiry(inquiryId))),
    );
    const namedDays = daysOfConversations(named.map((inquiry) => inquiry?.state));
    if (isMoment(submittedAt) && namedDays.some((day) => day <= dayOf(submittedAt))) return namedDays;
    const ofSchool = await this.store.list<InquiryState>(AGGREGATE_TYPES.inquiry, { brin });
    return [...namedDays, ...daysOfConversations(ofSchool.map((inquiry) => inquiry.state))];
  }
}

function daysOfConversations(inquiries: readonly (InquiryState | undefined)[]): CalendarDay[] {
  return inquiries.flatMap(
    (inquiry) => inquiry?.conversations.map((conversation) => conversation.heldOn) ?? [],
  );
}
