// The KPI answers as the OpenAPI document describes them; each class implements the view it documents, so the
// compiler keeps the two together.
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { Figure, KpiDetail, KpiSummary, KpiTarget, SectorFigures, SeriesPoint } from '../domain/views';

const NULLABLE_NUMBER = { type: 'number', nullable: true } as const;

export class DutchAndEnglishView {
  @ApiProperty()
  nl!: string;

  @ApiProperty()
  en!: string;
}

export class SectorTargetsView {
  @ApiProperty()
  PO!: number;

  @ApiProperty()
  VO!: number;
}

export class KpiTargetView implements KpiTarget {
  @ApiPropertyOptional()
  value?: number;

  @ApiPropertyOptional({ type: SectorTargetsView })
  bySector?: SectorTargetsView;

  @ApiPropertyOptional()
  min?: number;

  @ApiPropertyOptional()
  max?: number;

  @ApiProperty({ description: "the target as written in the seed's table", example: '250 PO, 250 VO' })
  text!: string;
}

export class FigureView implements Figure {
  @ApiProperty(NULLABLE_NUMBER)
  value!: number | null;

  @ApiProperty({ ...NULLABLE_NUMBER, description: 'value / target × 100, one decimal; null without target' })
  progressPercent!: number | null;
}

export class SectorFigureViews {
  @ApiProperty({ type: FigureView })
  PO!: FigureView;

  @ApiProperty({ type: FigureView })
  VO!: FigureView;
}

export class SectorFiguresView implements SectorFigures {
  @ApiProperty({ type: FigureView })
  total!: FigureView;

  @ApiProperty({ type: SectorFigureViews })
  bySector!: SectorFigureViews;
}

export class SectorValuesView {
  @ApiProperty(NULLABLE_NUMBER)
  PO!: number | null;

  @ApiProperty(NULLABLE_NUMBER)
  VO!: number | null;
}

export class BreakdownView {
  @ApiProperty(NULLABLE_NUMBER)
  total!: number | null;

  @ApiProperty({ type: SectorValuesView })
  bySector!: SectorValuesView;
}

export class SeriesPointView implements SeriesPoint {
  @ApiProperty({
    pattern: '^\\d{4}-\\d{2}$',
    example: '2025-03',
    description: 'the value at the end of the month',
  })
  month!: string;

  @ApiProperty(NULLABLE_NUMBER)
  total!: number | null;

  @ApiProperty({ type: SectorValuesView })
  bySector!: SectorValuesView;
}

export class ByEqualAccessView {
  @ApiProperty({ type: BreakdownView })
  weakPerforming!: BreakdownView;

  @ApiProperty({ type: BreakdownView })
  specialTargetGroups!: BreakdownView;

  @ApiProperty({ type: BreakdownView })
  specialisedEducation!: BreakdownView;

  @ApiProperty({ type: BreakdownView })
  smallRegional!: BreakdownView;
}

/** One KPI with its value, target and progress. */
export class KpiSummaryView implements KpiSummary {
  @ApiProperty({ example: 'improvement-culture.schools-in-trajectory' })
  id!: string;

  @ApiProperty({ example: 'improvement-culture' })
  pillar!: string;

  @ApiProperty({ type: DutchAndEnglishView })
  name!: DutchAndEnglishView;

  @ApiProperty({ enum: ['output', 'outcome'] })
  kind!: KpiSummary['kind'];

  @ApiProperty({ enum: ['count', 'percent', 'average'] })
  unit!: KpiSummary['unit'];

  @ApiProperty({
    enum: ['computed', 'no-source'],
    description: 'no-source: no event of the platform feeds it yet, so it has no value (not 0)',
  })
  status!: KpiSummary['status'];

  @ApiProperty({ type: KpiTargetView, nullable: true })
  target!: KpiTargetView | null;

  @ApiProperty({ type: SectorFiguresView, description: 'gross: every school that ever took part' })
  figures!: SectorFiguresView;

  @ApiPropertyOptional({
    type: SectorFiguresView,
    description: 'net: without the schools that withdrew; only for KPIs whose participants can withdraw',
  })
  net?: SectorFiguresView;
}

/** Every KPI of the programme. */
export class KpiListResponse {
  @ApiProperty({ type: 'integer', description: 'the version of the read models that answered' })
  version!: number;

  @ApiProperty({ type: [KpiSummaryView] })
  kpis!: KpiSummaryView[];
}

/** One KPI with its definition, breakdowns and monthly series. */
@ApiExtraModels(BreakdownView)
export class KpiDetailResponse extends KpiSummaryView implements KpiDetail {
  @ApiProperty({ type: 'integer', description: 'the version of the read models that answered' })
  version!: number;

  @ApiProperty({ type: DutchAndEnglishView })
  definition!: DutchAndEnglishView;

  @ApiProperty({
    type: [String],
    example: ['SchoolEnrolled@1'],
    description: 'the events it is computed from',
  })
  events!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(BreakdownView) },
    description: 'per school year, e.g. 2025-2026',
  })
  bySchoolYear!: Record<string, BreakdownView>;

  @ApiProperty({ type: ByEqualAccessView })
  byEqualAccess!: ByEqualAccessView;

  @ApiProperty({ type: [SeriesPointView] })
  series!: SeriesPointView[];
}
