import {
  ACTIVITIES,
  GATHERING_KINDS,
  KNOWLEDGE_PRODUCT_TYPES,
  PILLARS,
  RATING_ROLE_GROUPS,
  type Activity,
  type Pillar,
} from '@okr/contracts';
import type { KpiKind, KpiTarget, KpiUnit, Sector } from '../domain/views';
import type {
  AnsweredQuestionsRule,
  AverageRatingRule,
  GatheringsHeldRule,
  ProductsWithPractitionersRule,
  PublishedProductsRule,
  SchoolsUsingInterventionsRule,
  SchoolsUsingProductsRule,
} from '../domain/kpi-rules/knowledge.rules';
import { RULE_KIND_DEFINITIONS } from '../domain/kpi-rules/rule-kinds';
import {
  LAB_DELIVERABLE_KINDS,
  type LabDeliverableKind,
} from '../domain/projections/labs/lab-deliverable.projection';
import rawDefinitions from './kpi-definitions.data.json';

// The KPI definitions are data (kpi-definitions.data.json) so targets and wording can change without code; the
// rules that compute them are a closed set implemented in code, so the file can only pick and parametrise one.

/** The rule kinds the code implements; a KPI names one of them, or null when no event feeds it yet. */
export const RULE_KINDS = [
  'enrolled-schools',
  'trained-coaches',
  'completed-schools',
  'share-of-participations',
  'labs-started',
  'lab-deliverables',
  'teacher-training-institutes',
  'effective-interventions',
  'lab-schools',
  'expert-school-facts',
  'share-of-trainings',
  // knowledge sharing
  'published-products',
  'answered-questions',
  'gatherings-held',
  'schools-using-products',
  'average-rating',
  'products-with-practitioners',
  'schools-using-interventions',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** The participation fields a share can be taken of. */
export const SHARE_FIELDS = ['pupilDevelopmentImproved', 'sustainableCulture'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];

/** Distinct BRINs with an enrolment in the pillar's activities, or in the listed activities (exactly one). */
export interface EnrolledSchoolsRule {
  kind: 'enrolled-schools';
  pillar?: Pillar;
  activities?: Activity[];
}

/** Distinct expert coaches that completed their training. */
export interface TrainedCoachesRule {
  kind: 'trained-coaches';
}

/** Distinct BRINs with a completed participation in one of the activities. */
export interface CompletedSchoolsRule {
  kind: 'completed-schools';
  activities: Activity[];
}

/** Percentage of the participations in the activities where `field` is known that have it true. */
export interface ShareOfParticipationsRule {
  kind: 'share-of-participations';
  field: ShareField;
  activities: Activity[];
}

/** Distinct labs that started. */
export interface LabsStartedRule {
  kind: 'labs-started';
}

/** Distinct deliverables of the labs of the listed kinds: diagnoses, interventions, studies, thematic reports. */
export interface LabDeliverablesRule {
  kind: 'lab-deliverables';
  deliverables: LabDeliverableKind[];
}

/** Distinct teacher-training institutes that joined a lab. */
export interface TeacherTrainingInstitutesRule {
  kind: 'teacher-training-institutes';
}

/** Distinct lab interventions a completed pilot showed effective on pupil results. */
export interface EffectiveInterventionsRule {
  kind: 'effective-interventions';
}

/** Distinct BRINs on a lab's roster (co-creating or participating). */
export interface LabSchoolsRule {
  kind: 'lab-schools';
}

/** The expert-schools facts a count can be of (001 §4.3, and the labs row on lab interventions). */
export const EXPERT_SCHOOL_FACT_KINDS = [
  'certified',
  'certified-for-lab-intervention',
  'learning-track-given',
  'trained',
  'trained-in-proven-approach',
  'regional-network',
  'sustainably-high-quality',
] as const;
export type ExpertSchoolFactKind = (typeof EXPERT_SCHOOL_FACT_KINDS)[number];

/** Distinct subjects of one kind of expert-schools fact: schools, courses or networks. */
export interface ExpertSchoolFactsRule {
  kind: 'expert-school-facts';
  fact: ExpertSchoolFactKind;
}

/** The fields of a completed learning track a share can be taken of. */
export const TRAINING_SHARE_FIELDS = ['confidenceRose'] as const;

/** Percentage of completed learning tracks where `field` is true. */
export interface ShareOfTrainingsRule {
  kind: 'share-of-trainings';
  field: (typeof TRAINING_SHARE_FIELDS)[number];
}

export type KpiRule =
  | EnrolledSchoolsRule
  | TrainedCoachesRule
  | CompletedSchoolsRule
  | ShareOfParticipationsRule
  | LabsStartedRule
  | LabDeliverablesRule
  | TeacherTrainingInstitutesRule
  | EffectiveInterventionsRule
  | LabSchoolsRule
  | ExpertSchoolFactsRule
  | ShareOfTrainingsRule
  | PublishedProductsRule
  | AnsweredQuestionsRule
  | GatheringsHeldRule
  | SchoolsUsingProductsRule
  | AverageRatingRule
  | ProductsWithPractitionersRule
  | SchoolsUsingInterventionsRule;

export const BREAKDOWNS = ['sector', 'none'] as const;
/** `sector` where the seed gives a target per sector (PO/VO); the figures hold per-sector values either way. */
export type KpiBreakdown = (typeof BREAKDOWNS)[number];

export interface KpiDefinition {
  /** `<pillar>.<kebab-name>`, stable: views and reports are keyed by it. */
  id: string;
  pillar: Pillar;
  /** `nl` is the row text of the seed's table (001 §4.3). */
  name: { nl: string; en: string };
  kind: KpiKind;
  unit: KpiUnit;
  breakdown: KpiBreakdown;
  target: KpiTarget;
  /** The event types the KPI is computed from; may name events that no service publishes yet. */
  events: string[];
  rule: KpiRule | null;
  /** Plain language: exactly what is counted. */
  definition: { nl: string; en: string };
}

/** The number of schools in a sector in the Netherlands: the denominator of "% of schools" KPIs. */
export interface Population {
  schools: number;
  /** Where the number comes from: publisher, table, school year, what is counted. */
  source: string;
}

export interface KpiDefinitions {
  version: 1;
  populations: Record<Sector, Population>;
  kpis: KpiDefinition[];
}

/** Thrown when a definitions object is malformed; `problems` lists every problem found, each with its path. */
export class KpiDefinitionsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid KPI definitions (${problems.length} problems):\n- ${problems.join('\n- ')}`);
    this.name = 'KpiDefinitionsError';
  }
}

/** Validates a KPI definitions object (e.g. the parsed JSON file) and returns it typed; throws listing all problems. */
export function loadKpiDefinitions(raw: unknown): KpiDefinitions {
  const problems = problemsOfDefinitions(raw);
  if (problems.length > 0) throw new KpiDefinitionsError(problems);
  return raw as KpiDefinitions;
}

/** Every problem of a KPI definitions object, each as `path: what is wrong`; empty when it is valid. */
export function problemsOfDefinitions(raw: unknown): string[] {
  if (!isRecord(raw)) return ['(root): must be an object'];
  const problems: string[] = [];
  if (raw['version'] !== 1) problems.push(`version: must be 1, got ${describe(raw['version'])}`);
  problems.push(...problemsOfPopulations(raw['populations']));
  if (!Array.isArray(raw['kpis'])) return [...problems, 'kpis: must be an array'];
  const kpis: unknown[] = raw['kpis'];
  kpis.forEach((kpi, index) => problems.push(...problemsOfKpi(kpi, `kpis[${index}]`)));
  problems.push(...duplicateIds(kpis));
  return problems;
}

const SECTOR_KEYS: readonly Sector[] = ['PO', 'VO'];
const KINDS: readonly KpiKind[] = ['output', 'outcome'];
const UNITS: readonly KpiUnit[] = ['count', 'percent', 'average'];
const ID_PATTERN = /^[a-z]+(-[a-z]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;
const EVENT_TYPE = /^[A-Z][A-Za-z0-9]*$/;

function problemsOfPopulations(populations: unknown): string[] {
  if (!isRecord(populations)) return ['populations: must be an object with PO and VO'];
  return SECTOR_KEYS.flatMap((sector) => {
    const population = populations[sector];
    const path = `populations.${sector}`;
    if (!isRecord(population)) return [`${path}: must be an object { schools, source }`];
    return [
      isPositiveInteger(population['schools']) ? null : `${path}.schools: must be a whole number above 0`,
      isText(population['source']) ? null : `${path}.source: must be a non-empty text`,
    ].filter(isProblem);
  });
}

function problemsOfKpi(kpi: unknown, path: string): string[] {
  if (!isRecord(kpi)) return [`${path}: must be an object`];
  const at = `${path} (${typeof kpi['id'] === 'string' ? kpi['id'] : 'no id'})`;
  return [
    isText(kpi['id']) && ID_PATTERN.test(kpi['id']) ? null : `${at}.id: must look like pillar.kebab-name`,
    oneOf(kpi['pillar'], PILLARS, `${at}.pillar`),
    ...problemsOfTexts(kpi['name'], `${at}.name`),
    oneOf(kpi['kind'], KINDS, `${at}.kind`),
    oneOf(kpi['unit'], UNITS, `${at}.unit`),
    oneOf(kpi['breakdown'], BREAKDOWNS, `${at}.breakdown`),
    ...problemsOfTarget(kpi['target'], kpi['breakdown'], `${at}.target`),
    ...problemsOfEvents(kpi['events'], `${at}.events`),
    ...problemsOfRule(kpi['rule'], kpi['unit'], `${at}.rule`),
    ...problemsOfTexts(kpi['definition'], `${at}.definition`),
  ].filter(isProblem);
}

function problemsOfTexts(texts: unknown, path: string): string[] {
  if (!isRecord(texts)) return [`${path}: must be an object { nl, en }`];
  return (['nl', 'en'] as const)
    .filter((language) => !isText(texts[language]))
    .map((language) => `${path}.${language}: must be a non-empty text`);
}

function problemsOfTarget(target: unknown, breakdown: unknown, path: string): string[] {
  if (!isRecord(target)) return [`${path}: must be an object with at least a text`];
  const { value, bySector, min, max, text } = target;
  const shapes = [value !== undefined, bySector !== undefined, min !== undefined || max !== undefined];
  return [
    typeof text === 'string'
      ? null
      : `${path}.text: must be the target as the seed writes it ("" or "-" for none)`,
    shapes.filter(Boolean).length > 1 ? `${path}: give one of value, bySector or min/max` : null,
    value === undefined || isNonNegative(value) ? null : `${path}.value: must be a number >= 0`,
    ...problemsOfSectorTarget(bySector, `${path}.bySector`),
    ...problemsOfRange(min, max, path),
    (bySector !== undefined) === (breakdown === 'sector')
      ? null
      : `${path}: a target by sector goes with breakdown "sector", and only with it`,
  ].filter(isProblem);
}

function problemsOfSectorTarget(bySector: unknown, path: string): string[] {
  if (bySector === undefined) return [];
  if (!isRecord(bySector)) return [`${path}: must be an object { PO, VO }`];
  const extra = Object.keys(bySector).filter((key) => !(SECTOR_KEYS as readonly string[]).includes(key));
  return [
    ...SECTOR_KEYS.filter((sector) => !isNonNegative(bySector[sector])).map(
      (sector) => `${path}.${sector}: must be a number >= 0`,
    ),
    ...extra.map((key) => `${path}.${key}: unknown sector; expected PO or VO`),
  ];
}

function problemsOfRange(min: unknown, max: unknown, path: string): string[] {
  if (min === undefined && max === undefined) return [];
  if (!isNonNegative(min) || !isNonNegative(max)) return [`${path}: min and max must both be numbers >= 0`];
  return min <= max ? [] : [`${path}: min must not exceed max`];
}

function problemsOfEvents(events: unknown, path: string): string[] {
  if (!Array.isArray(events)) return [`${path}: must be an array of event types`];
  const list: unknown[] = events;
  return list
    .map((type, index) =>
      typeof type === 'string' && EVENT_TYPE.test(type)
        ? null
        : `${path}[${index}]: must be a PascalCase event type`,
    )
    .filter(isProblem);
}

function problemsOfRule(rule: unknown, unit: unknown, path: string): string[] {
  if (rule === null) return [];
  if (!isRecord(rule)) return [`${path}: must be null or an object with a kind`];
  const kind = rule['kind'];
  if (!isRuleKind(kind)) {
    return [`${path}.kind: unknown rule kind ${describe(kind)}; expected one of ${RULE_KINDS.join(', ')}`];
  }
  const expectedUnit = RULE_KIND_DEFINITIONS[kind].unit;
  const unitProblem = unit === expectedUnit ? null : `${path}: a ${kind} rule needs unit "${expectedUnit}"`;
  return [unitProblem, ...problemsOfRuleParameters(rule, kind, path)].filter(isProblem);
}

function problemsOfRuleParameters(rule: Record<string, unknown>, kind: RuleKind, path: string): string[] {
  switch (kind) {
    case 'enrolled-schools':
      return (rule['pillar'] === undefined) === (rule['activities'] === undefined)
        ? [`${path}: give exactly one of pillar or activities`]
        : [
            rule['pillar'] === undefined ? null : oneOf(rule['pillar'], PILLARS, `${path}.pillar`),
            ...(rule['activities'] === undefined ? [] : problemsOfActivities(rule['activities'], path)),
          ].filter(isProblem);
    case 'trained-coaches':
      return [];
    case 'completed-schools':
      return problemsOfActivities(rule['activities'], path);
    case 'share-of-participations':
      return [
        oneOf(rule['field'], SHARE_FIELDS, `${path}.field`),
        ...problemsOfActivities(rule['activities'], path),
      ].filter(isProblem);
    case 'lab-deliverables':
      return problemsOfDeliverables(rule['deliverables'], path);
    case 'labs-started':
    case 'teacher-training-institutes':
    case 'effective-interventions':
    case 'lab-schools':
      return [];
    case 'expert-school-facts':
      return [oneOf(rule['fact'], EXPERT_SCHOOL_FACT_KINDS, `${path}.fact`)].filter(isProblem);
    case 'share-of-trainings':
      return [oneOf(rule['field'], TRAINING_SHARE_FIELDS, `${path}.field`)].filter(isProblem);
    case 'published-products':
      return problemsOfCodes(rule['productTypes'], KNOWLEDGE_PRODUCT_TYPES, `${path}.productTypes`);
    case 'answered-questions':
      return typeof rule['priorityOnly'] === 'boolean' ? [] : [`${path}.priorityOnly: must be true or false`];
    case 'gatherings-held':
      return problemsOfCodes(rule['gatheringKinds'], GATHERING_KINDS, `${path}.gatheringKinds`);
    case 'schools-using-products':
    case 'products-with-practitioners':
      return [];
    case 'average-rating':
      return [oneOf(rule['roleGroup'], RATING_ROLE_GROUPS, `${path}.roleGroup`)].filter(isProblem);
    case 'schools-using-interventions':
      return problemsOfActivities(rule['activities'], path);
  }
}

function problemsOfDeliverables(deliverables: unknown, path: string): string[] {
  if (!Array.isArray(deliverables) || deliverables.length === 0) {
    return [`${path}.deliverables: must be a non-empty array of ${LAB_DELIVERABLE_KINDS.join(', ')}`];
  }
  const list: unknown[] = deliverables;
  return list
    .map((kind, index) => oneOf(kind, LAB_DELIVERABLE_KINDS, `${path}.deliverables[${index}]`))
    .filter(isProblem);
}

function problemsOfCodes(codes: unknown, allowed: readonly string[], path: string): string[] {
  if (!Array.isArray(codes) || codes.length === 0) return [`${path}: must be a non-empty array`];
  const list: unknown[] = codes;
  return list.map((code, index) => oneOf(code, allowed, `${path}[${index}]`)).filter(isProblem);
}

function problemsOfActivities(activities: unknown, path: string): string[] {
  if (!Array.isArray(activities) || activities.length === 0) {
    return [`${path}.activities: must be a non-empty array of activities`];
  }
  const list: unknown[] = activities;
  return list
    .map((activity, index) => oneOf(activity, ACTIVITIES, `${path}.activities[${index}]`))
    .filter(isProblem);
}

function duplicateIds(kpis: readonly unknown[]): string[] {
  const ids = kpis
    .map((kpi) => (isRecord(kpi) ? kpi['id'] : undefined))
    .filter((id) => typeof id === 'string');
  const duplicates = new Set(ids.filter((id, index) => ids.indexOf(id) !== index));
  return [...duplicates].map((id) => `kpis: duplicate id "${id}"`);
}

function oneOf(value: unknown, allowed: readonly string[], path: string): string | null {
  return allowed.includes(value as string)
    ? null
    : `${path}: must be one of ${allowed.join(', ')}, got ${describe(value)}`;
}

function isRuleKind(value: unknown): value is RuleKind {
  return RULE_KINDS.some((kind) => kind === value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isProblem(problem: string | null): problem is string {
  return problem !== null;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

// Last, so the constants the checks use are initialised when the file is validated at import.
/** The definitions of the programme's KPIs, validated when this module loads. */
export const KPI_DEFINITIONS: KpiDefinitions = loadKpiDefinitions(rawDefinitions);
