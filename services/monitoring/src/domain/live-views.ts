import type { KpiDefinitions } from '../kpi/kpi-definitions';
import { inCatalogue } from './compute-views';
import { EQUAL_ACCESS_FLAGS, roundOne } from './figures';
import { schoolYearOf } from './calendar';
import {
  anyReferralOf,
  daysIfBoth,
  earliestReferralOfBrin,
  FUNNEL_STEPS,
  FUNNEL_VARIANTS_OF,
  fitIntakeBefore,
  funnelView,
  type StepFigures,
  type StepName,
  type VariantName,
} from './funnel';
import {
  type ComputedKpi,
  computedKpisOf,
  type KnowsEventType,
  isDue,
  kpiTokens,
  kpiViewOf,
  noSourceKpi,
} from './kpi-detail';
import { type KnowledgeRecords, NO_KNOWLEDGE_RECORDS } from './kpi-rules/knowledge-records';
import { indexParticipations, type RuleRecords } from './kpi-rules/rule-records';
import type { MonitoringState, RecordRef } from './monitoring-state';
import {
  ALL_PILLARS,
  equalAccessView,
  type GroupCounts,
  participantFlagsByYear,
  participantKeys,
  participantsOf,
  participantYearsKey,
  participationView,
  type RoundGrants,
  roundsView,
} from './programme-views';
import type { ApplicationFact } from './projections/enrolment/application.projection';
import type { InquiryFact } from './projections/enrolment/inquiry.projection';
import type { IntakeFact } from './projections/enrolment/intake.projection';
import { isEnrolled, type ParticipationFact } from './projections/enrolment/participation.projection';
import { fiveDFunnelsOf } from './projections/labs/five-d-funnel';
import {
  isLabRecordTable,
  LAB_RECORD_TABLES,
  type LabRecords,
  type LabRecordTable,
  NO_LAB_RECORDS,
} from './projections/labs/lab-records';
import { NO_EXPERT_SCHOOLS_RECORDS } from './projections/expert-schools';
import { distinctToken, sameTokens, sumToken, type Token, ViewAggregates } from './view-aggregates';
import type { EqualAccessFlag, MonitoringViews, PillarParticipation } from './views';

// The views kept up to date event by event, equal to computeViews(state) at every moment (the tests compare
// the two on generated histories), at a cost per changed record instead of per record in the state.
//
// Every view counts facts that depend on records of one school (its profile, participations, coaches,
// inquiries, intakes, applications) and on two references by id: an intake's inquiry and an enrolment's
// application. So the state is cut into units, one per BRIN (plus one per inquiry or application that names
// no BRIN), and a unit's contribution to the views is a list of tokens computed from its records alone. When a
// record changes, its unit (and, for an inquiry or an application, the units of the intakes and enrolments
// naming it) is marked; views() recomputes the marked units, swaps their old tokens for the new ones in the
// counters, and reads the views from the counters.

type RecordTable = RecordRef['table'];

/** The tables whose records may name a school; a record that names one belongs to that school's unit. */
const BRIN_TABLES = [
  'participations',
  'coaches',
  'inquiries',
  'intakes',
  'applications',
  'knowledgeUses',
  'kennisrotondeCases',
  'labSchools',
  'expertSchools',
  'developmentSchoolTrainings',
  'expertSchoolCourses',
  'expertSchoolQualityReviews',
] as const satisfies readonly RecordTable[];
type BrinTable = (typeof BRIN_TABLES)[number];

/** The keys of a BRIN's records per table; may hold keys whose record has moved on (filtered on use). */
type BrinRecords = Record<BrinTable, Set<string>>;

/**
 * Tables whose records name no school (a knowledge product, a lab, a pilot, a regional network): each record is a
 * unit of its own.
 */
const RECORD_UNIT_TABLES = [
  'knowledgeProducts',
  'knowledgeRatings',
  'gatherings',
  ...LAB_RECORD_TABLES,
  'regionalNetworks',
] as const satisfies readonly RecordTable[];

function isBrinTable(table: RecordTable): table is BrinTable {
  return (BRIN_TABLES as readonly RecordTable[]).includes(table);
}

export class LiveViews {
  private readonly aggregates = new ViewAggregates();
  /** Per unit, its tokens in sections (one per KPI, the funnel, ...), so a change swaps only the sections it alters. */
  private readonly tokensOfUnit = new Map<string, Token[][]>();
  private readonly dirty = new Set<string>();
  private readonly unitOfRecord = new Map<string, string>();
  private readonly byBrin = new Map<string, BrinRecords>();
  private readonly intakesOfInquiry = new Map<string, Set<string>>();
  private readonly participationsOfApplication = new Map<string, Set<string>>();
  private readonly computed: ComputedKpi[];
  /** Per unit, the earliest day of a KPI fact it holds that is not counted yet (dated after the day counted to). */
  private readonly laterFactsOfUnit = new Map<string, string>();
  /** The day the counters count KPI facts up to; undefined: every fact counts. */
  private countedTo: string | undefined;

  /**
   * Follows `state`, which the caller changes in place and reports with recordChanged. `today` gives the day
   * KPI facts count up to (facts dated later count from their day); by default every fact counts.
   */
  constructor(
    private readonly state: MonitoringState,
    private readonly definitions: KpiDefinitions,
    knowsEventType: KnowsEventType = inCatalogue,
    private readonly today: () => string | undefined = () => undefined,
  ) {
    this.computed = computedKpisOf(definitions, knowsEventType);
    const tables: RecordTable[] = ['schools', ...BRIN_TABLES, ...RECORD_UNIT_TABLES];
    for (const table of tables)
      for (const key of Object.keys(state[table])) this.recordChanged({ table, key });
  }

  /** Tells that a record of the state was created or changed. */
  recordChanged(ref: RecordRef): void {
    if (ref.table === 'rounds') return; // rounds are few: the view reads them from the state
    const record = this.state[ref.table][ref.key];
    if (record === undefined) return;
    const brin = 'brin' in record ? record.brin : undefined;
    const unit = brin === undefined ? `${ref.table}:${ref.key}` : `b:${brin}`;
    const id = `${ref.table}|${ref.key}`;
    const previous = this.unitOfRecord.get(id);
    if (previous !== undefined && previous !== unit) this.dirty.add(previous);
    this.unitOfRecord.set(id, unit);
    this.dirty.add(unit);
    if (brin !== undefined && isBrinTable(ref.table)) this.brinRecords(brin)[ref.table].add(ref.key);
    if (ref.table === 'intakes') {
      const { inquiryId } = record as IntakeFact;
      if (inquiryId !== undefined) addTo(this.intakesOfInquiry, inquiryId, ref.key);
    } else if (ref.table === 'participations') {
      const { applicationId } = record as ParticipationFact;
      if (applicationId !== undefined) addTo(this.participationsOfApplication, applicationId, ref.key);
    } else if (ref.table === 'inquiries') {
      for (const intakeId of this.intakesOfInquiry.get(ref.key) ?? []) {
        const intake = this.state.intakes[intakeId];
        if (intake?.inquiryId === ref.key) this.dirty.add(`b:${intake.brin}`);
      }
    } else if (ref.table === 'applications') {
      for (const key of this.participationsOfApplication.get(ref.key) ?? []) {
        const participation = this.state.participations[key];
        if (participation?.applicationId === ref.key) this.dirty.add(`b:${participation.brin}`);
      }
    }
  }

  /** How many units views() will recompute: a measure of its cost. */
  pendingUnits(): number {
    return this.dirty.size;
  }

  /** Whether the day has come for a KPI fact not counted yet: the views change without any event. */
  hasFactsDue(): boolean {
    const today = this.today();
    if (today === undefined) return this.laterFactsOfUnit.size > 0;
    return [...this.laterFactsOfUnit.values()].some((day) => day <= today);
  }

  /** Every view as of the state. */
  views(): MonitoringViews {
    this.settle();
    return {
      kpis: this.definitions.kpis.map((definition) => this.kpiView(definition)),
      funnel: this.funnelView(),
      equalAccess: this.equalAccessView(),
      rounds: roundsView(this.state.rounds, this.roundGrants()),
      participation: this.participationView(),
      // Sub-projects are few (tens per lab): like the rounds, read from the state.
      labFunnel: fiveDFunnelsOf(this.state),
      ignored: { ...this.state.ignored },
    };
  }

  /** Recomputes the changed units and swaps their changed sections of tokens in the counters (views() does too). */
  settle(): void {
    this.countedTo = this.today();
    // A unit holding facts whose day has come is counted again.
    for (const [unit, day] of this.laterFactsOfUnit) {
      if (this.countedTo === undefined || day <= this.countedTo) this.dirty.add(unit);
    }
    for (const unit of this.dirty) {
      this.laterFactsOfUnit.delete(unit);
      const next = this.tokensOf(unit);
      const current = this.tokensOfUnit.get(unit) ?? [];
      for (let section = 0; section < Math.max(next.length, current.length); section += 1) {
        const [before, after] = [current[section] ?? [], next[section] ?? []];
        if (sameTokens(before, after)) continue;
        this.aggregates.apply(before, -1);
        this.aggregates.apply(after, 1);
      }
      if (next.every((section) => section.length === 0)) this.tokensOfUnit.delete(unit);
      else this.tokensOfUnit.set(unit, next);
    }
    this.dirty.clear();
  }

  private tokensOf(unit: string): Token[][] {
    const separator = unit.indexOf(':');
    const [kind, id] = [unit.slice(0, separator), unit.slice(separator + 1)];
    if (kind === 'b') return this.brinTokens(id);
    if (isLabRecordTable(kind)) return this.kpiSections(unit, this.ruleRecordsOfLabRecord(kind, id));
    const knowledge = this.knowledgeOfRecord(kind, id);
    if (knowledge !== undefined) return this.kpiSections(unit, { ...this.noSchoolRecords(), knowledge });
    const tokens: Token[] = [];
    if (kind === 'inquiries') {
      const inquiry = this.state.inquiries[id];
      if (inquiry !== undefined && inquiry.brin === undefined) inquiryTokens(inquiry, tokens);
    } else if (kind === 'applications') {
      const application = this.state.applications[id];
      if (application !== undefined && application.brin === undefined)
        applicationTokens(application, [], tokens);
    } else if (kind === 'regionalNetworks') {
      const network = this.state.regionalNetworks[id];
      const records: RuleRecords = {
        participations: [],
        coaches: [],
        schoolOf: () => undefined,
        index: indexParticipations([]),
        labs: NO_LAB_RECORDS,
        expertSchools: { ...NO_EXPERT_SCHOOLS_RECORDS, networks: network === undefined ? [] : [network] },
        knowledge: NO_KNOWLEDGE_RECORDS,
      };
      for (const kpi of this.computed) this.kpiFactTokens(unit, kpi, records, tokens);
    }
    return [tokens];
  }

  private brinTokens(brin: string): Token[][] {
    const sections: Token[][] = [];
    const { state } = this;
    const records = this.byBrin.get(brin);
    const school = state.schools[brin];
    const participations = current(records?.participations, state.participations, brin);
    const coaches = current(records?.coaches, state.coaches, brin);
    const inquiries = current(records?.inquiries, state.inquiries, brin);
    const intakes = current(records?.intakes, state.intakes, brin);
    const applications = current(records?.applications, state.applications, brin);
    const index = indexParticipations(participations.map(([, participation]) => participation));
    const labSchools = current(records?.labSchools, state.labSchools, brin);
    const ruleRecords: RuleRecords = {
      participations,
      coaches: coaches.map(([, coach]) => coach),
      schoolOf: (of) => state.schools[of],
      index,
      labs: { ...NO_LAB_RECORDS, labSchools: labSchools.map(([, school]) => school) },
      expertSchools: {
        expertSchools: valuesOf(current(records?.expertSchools, state.expertSchools, brin)),
        trainings: valuesOf(
          current(records?.developmentSchoolTrainings, state.developmentSchoolTrainings, brin),
        ),
        courses: valuesOf(current(records?.expertSchoolCourses, state.expertSchoolCourses, brin)),
        networks: [],
        qualityReviews: valuesOf(
          current(records?.expertSchoolQualityReviews, state.expertSchoolQualityReviews, brin),
        ),
      },
      knowledge: {
        ...NO_KNOWLEDGE_RECORDS,
        uses: current(records?.knowledgeUses, state.knowledgeUses, brin).map(([, use]) => use),
        cases: current(records?.kennisrotondeCases, state.kennisrotondeCases, brin).map(([, each]) => each),
      },
    };

    sections.push(...this.kpiSections(`b:${brin}`, ruleRecords));

    // The funnel, equal access and schools per pillar.
    const tokens: Token[] = [];
    sections.push(tokens);
    for (const [, inquiry] of inquiries) inquiryTokens(inquiry, tokens);
    const referred = inquiries
      .map(([, inquiry]) => inquiry)
      .filter((inquiry) => inquiry.referredAt !== undefined);
    const fitIntakes = intakes.map(([, intake]) => intake).filter((intake) => intake.outcome === 'fit');
    for (const intake of fitIntakes) {
      const own = intake.inquiryId === undefined ? undefined : state.inquiries[intake.inquiryId]?.referredAt;
      stepTokens(
        'fit-intakes',
        intake.heldOn,
        daysIfBoth(own ?? earliestReferralOfBrin(referred, intake), intake.heldOn),
        tokens,
      );
      variantTokens('fit-intakes', 'fit-only', intake.heldOn, tokens);
    }
    for (const [, intake] of intakes) variantTokens('fit-intakes', 'all-intakes', intake.heldOn, tokens);
    for (const [, application] of applications) {
      const ofActivity = fitIntakes.filter((intake) => intake.activity === application.activity);
      applicationTokens(application, ofActivity, tokens);
    }
    const enrolled = participations.map(([, participation]) => participation).filter(isEnrolled);
    for (const participation of enrolled) {
      const { applicationId } = participation;
      const grantedOn =
        applicationId === undefined ? undefined : state.applications[applicationId]?.grantedOn;
      stepTokens(
        'enrolments',
        participation.enrolledAt,
        daysIfBoth(grantedOn, participation.enrolledAt),
        tokens,
      );
    }

    // Equal access: a participant with the flags of its latest enrolment, else of its profile.
    if (school?.registeredMonth !== undefined) groupTokens('ea|registered', school.equalAccess, tokens);
    if (enrolled.length > 0) {
      groupTokens('ea|participants', index.latestEnrolmentFlags.get(brin) ?? school?.equalAccess, tokens);
    }
    // And per school year, with the flags of its latest enrolment of that year.
    const ofSchool = participations.map(([, participation]) => participation);
    for (const [year, flags] of participantFlagsByYear(ofSchool, school?.equalAccess)) {
      groupTokens(`ea|participants|${year}`, flags, tokens);
      tokens.push(distinctToken('ea-years', year));
    }

    // Schools per pillar and all pillars together, gross and net, per school year (as participationOf counts).
    for (const participant of participantsOf(
      participations.map(([, participation]) => participation),
      labSchools.map(([, school]) => school),
    )) {
      for (const key of participantKeys(participant)) tokens.push(distinctToken(key, brin));
      tokens.push(distinctToken(participantYearsKey(participant.pillar), participant.schoolYear));
      tokens.push(distinctToken(participantYearsKey(ALL_PILLARS), participant.schoolYear));
    }
    return sections;
  }

  /** One section of tokens per computed KPI, from the records of one unit. */
  private kpiSections(unit: string, ruleRecords: RuleRecords): Token[][] {
    return this.computed.map((kpi) => {
      const tokens: Token[] = [];
      this.kpiFactTokens(unit, kpi, ruleRecords, tokens);
      return tokens;
    });
  }

  /** The tokens of a KPI's facts that count by now; the unit remembers the earliest day of those that do not. */
  private kpiFactTokens(unit: string, kpi: ComputedKpi, records: RuleRecords, tokens: Token[]): void {
    for (const fact of kpi.rule.factsOf(records)) {
      if (isDue(fact, this.countedTo)) {
        kpiTokens(kpi, fact, tokens);
        continue;
      }
      const known = this.laterFactsOfUnit.get(unit);
      if (known === undefined || fact.day < known) this.laterFactsOfUnit.set(unit, fact.day);
    }
  }

  /** The records a lab's own record (a unit of its own) gives the KPI rules: that record and nothing else. */
  private ruleRecordsOfLabRecord(table: LabRecordTable, key: string): RuleRecords {
    const { state } = this;
    const only = <T>(record: T | undefined): T[] => (record === undefined ? [] : [record]);
    const labs: LabRecords = {
      ...NO_LAB_RECORDS,
      ...(table === 'labs' ? { labs: only(state.labs[key]) } : {}),
      ...(table === 'labInstitutes' ? { labInstitutes: only(state.labInstitutes[key]) } : {}),
      ...(table === 'labDeliverables' ? { labDeliverables: only(state.labDeliverables[key]) } : {}),
      ...(table === 'pilots' ? { pilots: only(state.pilots[key]) } : {}),
    };
    return {
      participations: [],
      coaches: [],
      schoolOf: (of) => state.schools[of],
      index: indexParticipations([]),
      labs,
      expertSchools: NO_EXPERT_SCHOOLS_RECORDS,
      knowledge: NO_KNOWLEDGE_RECORDS,
    };
  }

  /** The records of a unit that is about no school. */
  private noSchoolRecords(): Omit<RuleRecords, 'knowledge'> {
    return {
      participations: [],
      coaches: [],
      schoolOf: (brin) => this.state.schools[brin],
      index: indexParticipations([]),
      labs: NO_LAB_RECORDS,
      expertSchools: NO_EXPERT_SCHOOLS_RECORDS,
    };
  }

  /** The knowledge record a unit of one record holds (a case or use without a school too); else undefined. */
  private knowledgeOfRecord(table: string, key: string): KnowledgeRecords | undefined {
    const { state } = this;
    const one = <T>(record: T | undefined): readonly T[] => (record === undefined ? [] : [record]);
    switch (table) {
      case 'knowledgeProducts':
        return { ...NO_KNOWLEDGE_RECORDS, products: one(state.knowledgeProducts[key]) };
      case 'knowledgeRatings':
        return { ...NO_KNOWLEDGE_RECORDS, ratings: one(state.knowledgeRatings[key]) };
      case 'gatherings':
        return { ...NO_KNOWLEDGE_RECORDS, gatherings: one(state.gatherings[key]) };
      case 'kennisrotondeCases': {
        const question = state.kennisrotondeCases[key];
        return { ...NO_KNOWLEDGE_RECORDS, cases: question?.brin === undefined ? one(question) : [] };
      }
      case 'knowledgeUses':
        // Every use names a school; a use's unit is always its school's.
        return NO_KNOWLEDGE_RECORDS;
      default:
        return undefined;
    }
  }

  private kpiView(definition: KpiDefinitions['kpis'][number]): MonitoringViews['kpis'][number] {
    const computed = this.computed.find((kpi) => kpi.definition === definition);
    return computed === undefined ? noSourceKpi(definition) : kpiViewOf(computed, this.aggregates);
  }

  private funnelView(): MonitoringViews['funnel'] {
    const figuresIn = (year: string | undefined): StepFigures[] => {
      const scope = year === undefined ? '' : `|${year}`;
      return FUNNEL_STEPS.map((step) => {
        const days = [...this.aggregates.sumsOf(`funnel-days${scope}|${step}`)].map(
          ([value, sum]) => [Number(value), sum.count] as const,
        );
        const names = FUNNEL_VARIANTS_OF[step];
        return {
          step,
          count: this.aggregates.sum(`funnel${scope}`, step).count,
          medianDays: medianOfCounts(days),
          ...(names === undefined
            ? {}
            : {
                variants: Object.fromEntries(
                  names.map((name) => [
                    name,
                    this.aggregates.sum(`funnel-variant${scope}`, `${step}|${name}`).count,
                  ]),
                ),
              }),
        };
      });
    };
    const years = this.aggregates.items('funnel-years').sort();
    return {
      ...funnelView(figuresIn(undefined)),
      bySchoolYear: Object.fromEntries(years.map((year) => [year, funnelView(figuresIn(year))])),
    };
  }

  private equalAccessView(): MonitoringViews['equalAccess'] {
    const registered = this.groupCounts('ea|registered');
    return {
      ...equalAccessView(this.groupCounts('ea|participants'), registered),
      bySchoolYear: Object.fromEntries(
        this.aggregates
          .items('ea-years')
          .sort()
          .map((year) => [year, equalAccessView(this.groupCounts(`ea|participants|${year}`), registered)]),
      ),
    };
  }

  private groupCounts(key: string): GroupCounts {
    const withFlag = Object.fromEntries(
      EQUAL_ACCESS_FLAGS.map((flag) => [flag, this.aggregates.sum(key, flag).count]),
    ) as Record<EqualAccessFlag, number>;
    return { total: this.aggregates.sum(key).count, withFlag };
  }

  private roundGrants(): Map<string, RoundGrants> {
    const grants = new Map<string, RoundGrants>();
    for (const [roundId, sum] of this.aggregates.sumsOf('round-grants')) {
      grants.set(roundId, {
        grantedCents: sum.amount,
        grants: sum.count,
        schoolYears: this.aggregates.items(`round-years|${roundId}`),
      });
    }
    return grants;
  }

  private participationView(): PillarParticipation[] {
    return participationView(
      (key) => this.aggregates.size(key),
      (scope) => this.aggregates.items(participantYearsKey(scope)),
    );
  }

  private brinRecords(brin: string): BrinRecords {
    let records = this.byBrin.get(brin);
    if (records === undefined) {
      records = {
        participations: new Set(),
        coaches: new Set(),
        inquiries: new Set(),
        intakes: new Set(),
        applications: new Set(),
        labSchools: new Set(),
        expertSchools: new Set(),
        developmentSchoolTrainings: new Set(),
        expertSchoolCourses: new Set(),
        expertSchoolQualityReviews: new Set(),
        knowledgeUses: new Set(),
        kennisrotondeCases: new Set(),
      };
      this.byBrin.set(brin, records);
    }
    return records;
  }
}

function inquiryTokens(inquiry: InquiryFact, tokens: Token[]): void {
  const { receivedAt, conversationOn, referredAt } = inquiry;
  stepTokens('inquiries', receivedAt, [], tokens);
  stepTokens('conversations', conversationOn, daysIfBoth(receivedAt, conversationOn), tokens);
  stepTokens('referrals', referredAt, daysIfBoth(conversationOn, referredAt), tokens);
  variantTokens('referrals', 'to-activities', referredAt, tokens);
  variantTokens('referrals', 'also-outside-programme', anyReferralOf(inquiry), tokens);
}

// An application with the fit intakes of its BRIN and activity: the funnel's applications and grants, and
// what its grant takes from its round.
function applicationTokens(
  application: ApplicationFact,
  fitIntakes: readonly IntakeFact[],
  tokens: Token[],
): void {
  const { submittedAt, grantedOn, roundId } = application;
  stepTokens(
    'applications',
    submittedAt,
    daysIfBoth(fitIntakeBefore(application, fitIntakes), submittedAt),
    tokens,
  );
  if (grantedOn === undefined) return;
  stepTokens('grants', grantedOn, daysIfBoth(submittedAt, grantedOn), tokens);
  if (roundId === undefined) return;
  tokens.push(sumToken('round-grants', roundId, application.grantedCents ?? 0));
  if (application.schoolYear !== undefined)
    tokens.push(distinctToken(`round-years|${roundId}`, application.schoolYear));
}

// A record in a funnel step, over all years and in the school year of its day, with the days from the
// previous step when both ends are known; nothing when its day is unknown.
function stepTokens(step: StepName, day: string | undefined, days: readonly number[], tokens: Token[]): void {
  if (day === undefined) return;
  const year = schoolYearOf(day);
  tokens.push(
    sumToken('funnel', step, 0),
    sumToken(`funnel|${year}`, step, 0),
    distinctToken('funnel-years', year),
  );
  for (const value of days) {
    tokens.push(
      sumToken(`funnel-days|${step}`, String(value), 0),
      sumToken(`funnel-days|${year}|${step}`, String(value), 0),
    );
  }
}

// A record in a variant of a funnel step (referrals also outside the programme, intakes of any outcome).
function variantTokens(step: StepName, variant: VariantName, day: string | undefined, tokens: Token[]): void {
  if (day === undefined) return;
  const year = schoolYearOf(day);
  tokens.push(
    sumToken('funnel-variant', `${step}|${variant}`, 0),
    sumToken(`funnel-variant|${year}`, `${step}|${variant}`, 0),
    distinctToken('funnel-years', year),
  );
}

// A school in an equal-access group, and in the group of each criterion it meets.
function groupTokens(
  key: string,
  flags: Readonly<Record<EqualAccessFlag, boolean>> | undefined,
  tokens: Token[],
): void {
  tokens.push(sumToken(key, '', 0));
  for (const flag of EQUAL_ACCESS_FLAGS) if (flags?.[flag] === true) tokens.push(sumToken(key, flag, 0));
}

/** The median of values given with how often each occurs, rounded as the funnel's median; null for none. */
export function medianOfCounts(counted: ReadonlyArray<readonly [number, number]>): number | null {
  const sorted = [...counted].sort(([a], [b]) => a - b);
  const size = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (size === 0) return null;
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (position < seen) return value;
    }
    return sorted[sorted.length - 1]?.[0] ?? 0;
  };
  const middle = Math.floor(size / 2);
  return roundOne(size % 2 === 1 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2);
}

// The records of a BRIN among `keys`, as [key, record], leaving out those that now belong to another BRIN.
function current<T extends { brin?: string }>(
  keys: ReadonlySet<string> | undefined,
  table: Readonly<Record<string, T>>,
  brin: string,
): Array<[string, T]> {
  const records: Array<[string, T]> = [];
  for (const key of keys ?? []) {
    const record = table[key];
    if (record !== undefined && record.brin === brin) records.push([key, record]);
  }
  return records;
}

function valuesOf<T>(entries: ReadonlyArray<readonly [string, T]>): T[] {
  return entries.map(([, value]) => value);
}

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const values = index.get(key);
  if (values === undefined) index.set(key, new Set([value]));
  else values.add(value);
}
