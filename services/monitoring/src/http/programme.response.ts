// The programme-wide answers (funnel, equal access, rounds, participation, quarterly report) as the OpenAPI
// document describes them; each class implements the view it documents.
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { FIVE_D_PHASES, type FiveDPhase } from '@okr/contracts';
import type { FiveDFunnelStep, LabFiveDFunnel } from '../domain/projections/labs/five-d-funnel';
import type {
  EqualAccessShare,
  EqualAccessView,
  FunnelStep,
  FunnelVariant,
  FunnelView,
  ParticipationCounts,
  PillarParticipation,
  QuarterlyReport,
  QuarterlyReportRow,
  RoundBudgetView,
} from '../domain/views';
import { SectorFiguresView } from './kpi.response';

const NULLABLE_NUMBER = { type: 'number', nullable: true } as const;
const VERSION = { type: 'integer', description: 'the version of the read models that answered' } as const;

export class FunnelStepView implements FunnelStep {
  @ApiProperty({
    enum: ['inquiries', 'conversations', 'referrals', 'fit-intakes', 'applications', 'grants', 'enrolments'],
  })
  step!: FunnelStep['step'];

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: "count / previous step's count × 100; null for the first" })
  conversionPercent!: number | null;

  @ApiProperty({
    ...NULLABLE_NUMBER,
    description: 'median days from the previous step; null when none is known',
  })
  medianDaysFromPrevious!: number | null;

  @ApiPropertyOptional({ description: 'which records the step counts, and in which school year' })
  definition?: string;

  @ApiPropertyOptional({
    type: () => [FunnelVariantView],
    description: 'where two definitions are asked for (referrals, intakes): the count under each',
  })
  variants?: FunnelVariantView[];
}

export class FunnelVariantView implements FunnelVariant {
  @ApiProperty({ enum: ['to-activities', 'also-outside-programme', 'fit-only', 'all-intakes'] })
  name!: FunnelVariant['name'];

  @ApiProperty()
  definition!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;
}

export class SchoolYearFunnelView {
  @ApiProperty({ type: [FunnelStepView] })
  steps!: FunnelStepView[];
}

@ApiExtraModels(SchoolYearFunnelView)
export class FunnelResponse implements FunnelView {
  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty({ type: [FunnelStepView], description: 'over all school years' })
  steps!: FunnelStepView[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(SchoolYearFunnelView) },
    description:
      'the same funnel per school year (e.g. 2024-2025), each record in the school year of its own day; ' +
      'absent in read models built before it existed',
  })
  bySchoolYear?: Record<string, SchoolYearFunnelView>;
}

export class EqualAccessShareView implements EqualAccessShare {
  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'count / total × 100; null when the total is 0' })
  sharePercent!: number | null;
}

export class EqualAccessFlagView {
  @ApiProperty({ enum: ['weakPerforming', 'specialTargetGroups', 'specialisedEducation', 'smallRegional'] })
  flag!: EqualAccessView['flags'][number]['flag'];

  @ApiProperty({ type: EqualAccessShareView })
  participants!: EqualAccessShareView;

  @ApiProperty({ type: EqualAccessShareView })
  registered!: EqualAccessShareView;

  @ApiProperty({ ...NULLABLE_NUMBER, description: "participants' share minus registered schools' share" })
  differencePercentagePoints!: number | null;
}

export class EqualAccessYearView {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'schools enrolled in a participation of the year',
  })
  participantsTotal!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  registeredTotal!: number;

  @ApiProperty({ type: [EqualAccessFlagView] })
  flags!: EqualAccessFlagView[];
}

@ApiExtraModels(EqualAccessYearView)
export class EqualAccessResponse implements EqualAccessView {
  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  participantsTotal!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  registeredTotal!: number;

  @ApiProperty({ type: [EqualAccessFlagView] })
  flags!: EqualAccessFlagView[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(EqualAccessYearView) },
    description:
      'per school year (e.g. 2024-2025): the schools enrolled in a participation of that year, with the flags ' +
      'of their latest enrolment of that year, against all registered schools; absent in read models built ' +
      'before it existed',
  })
  bySchoolYear?: Record<string, EqualAccessYearView>;
}

export class RoundBudgetItemView implements RoundBudgetView {
  @ApiProperty()
  roundId!: string;

  @ApiProperty({ example: '2025-2026' })
  schoolYear!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  budgetCents!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  maxGrants!: number | null;

  @ApiProperty({ type: 'integer' })
  grantedCents!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  grants!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  remainingCents!: number | null;

  @ApiProperty(NULLABLE_NUMBER)
  usedPercent!: number | null;
}

export class RoundsResponse {
  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty({ type: [RoundBudgetItemView] })
  rounds!: RoundBudgetItemView[];
}

export class SectorCountsView {
  @ApiProperty({ type: 'integer', minimum: 0 })
  PO!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  VO!: number;
}

export class ParticipationCountsView implements ParticipationCounts {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'distinct participating schools, withdrawn ones included',
  })
  schools!: number;

  @ApiProperty({ type: SectorCountsView })
  bySector!: SectorCountsView;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'distinct schools still taking part: with a participation not withdrawn (labs: still on a roster)',
  })
  netSchools!: number;

  @ApiProperty({ type: SectorCountsView })
  netBySector!: SectorCountsView;
}

@ApiExtraModels(ParticipationCountsView)
export class PillarParticipationView extends ParticipationCountsView implements PillarParticipation {
  @ApiProperty({ example: 'improvement-culture' })
  pillar!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ParticipationCountsView) },
    description: 'the same counts per school year of the participation (e.g. 2024-2025)',
  })
  bySchoolYear!: Record<string, ParticipationCountsView>;
}

export class ParticipationResponse {
  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty({ type: [PillarParticipationView] })
  pillars!: PillarParticipationView[];

  @ApiPropertyOptional({
    type: PillarParticipationView,
    description:
      "every pillar together (pillar 'all'): a school in two pillars counts once; absent in read models built " +
      'before it existed',
  })
  overall?: PillarParticipationView;
}

export class IgnoredEventsResponse {
  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 'SchoolEnrolled@3': 2 },
    description: 'events skipped by the read models, counted by type@version',
  })
  ignored!: Record<string, number>;
}

export class QuarterlyReportRowView implements QuarterlyReportRow {
  @ApiProperty()
  pillar!: string;

  @ApiProperty()
  kpiId!: string;

  @ApiProperty()
  kpi!: string;

  @ApiProperty()
  kpiEn!: string;

  @ApiProperty({ enum: ['output', 'outcome'] })
  kind!: QuarterlyReportRow['kind'];

  @ApiProperty({ enum: ['count', 'percent', 'average'] })
  unit!: QuarterlyReportRow['unit'];

  @ApiProperty({ enum: ['computed', 'no-source'] })
  status!: QuarterlyReportRow['status'];

  @ApiProperty()
  target!: string;

  @ApiProperty({ description: 'as of the end of the quarter; empty for no-source', example: '12 PO, 13 VO' })
  value!: string;

  @ApiProperty({ description: 'empty without target or value', example: '4.8% PO, 5.2% VO' })
  progress!: string;

  @ApiProperty({ type: SectorFiguresView, nullable: true })
  figures!: SectorFiguresView | null;
}

export class QuarterlyReportResponse implements QuarterlyReport {
  @ApiProperty({ pattern: '^\\d{4}-Q[1-4]$', example: '2025-Q1' })
  period!: string;

  @ApiProperty({ format: 'date', example: '2025-01-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2025-03-31' })
  to!: string;

  @ApiProperty({ type: [QuarterlyReportRowView] })
  rows!: QuarterlyReportRowView[];
}

export class FiveDFunnelStepView implements FiveDFunnelStep {
  @ApiProperty({ enum: FIVE_D_PHASES })
  phase!: FiveDPhase;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'sub-projects that were ever in this phase' })
  reached!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'active sub-projects in this phase now' })
  current!: number;
}

export class FiveDConclusionsView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'sub-projects concluded by scaling up' })
  'scale-up'!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'sub-projects concluded by stopping' })
  stop!: number;
}

export class LabFiveDFunnelView implements LabFiveDFunnel {
  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty({ type: 'string', nullable: true, description: "the lab's code once its LabStarted was read" })
  labCode!: string | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  subProjects!: number;

  @ApiProperty({ type: [FiveDFunnelStepView], description: 'the five phases, Detect to Decide' })
  steps!: FiveDFunnelStepView[];

  @ApiProperty({ type: FiveDConclusionsView })
  concluded!: FiveDConclusionsView;
}

export class LabFunnelResponse {
  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty({ type: [LabFiveDFunnelView] })
  labs!: LabFiveDFunnelView[];
}
