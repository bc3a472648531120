import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIVITIES, PILLARS, SECTORS } from '@okr/contracts';
import { API_COUNT, API_MOMENT } from '@okr/service-kit';
import type { CatalogueEntry, SubsidyAmountRule } from '../domain/activity-catalogue.value-object';
import type { ActivityCatalogueResponse } from '../infrastructure/activity-catalogue.reader';

/** How much a school can ask: exactly an amount, up to a maximum, or up to an amount per pupil (capped). */
export class AmountRuleView {
  @ApiProperty({ enum: ['fixed', 'maximum', 'per-pupil'] })
  kind!: SubsidyAmountRule['kind'];

  @ApiPropertyOptional({ ...API_COUNT, description: 'fixed: the amount, in euro cents' })
  amountCents?: number;

  @ApiPropertyOptional({ ...API_COUNT, description: 'maximum and per-pupil: the most, in euro cents' })
  maxCents?: number;

  @ApiPropertyOptional({ ...API_COUNT, description: 'per-pupil: euro cents per pupil' })
  centsPerPupil?: number;
}

export class CatalogueEntryView {
  @ApiProperty({ enum: ACTIVITIES })
  activity!: CatalogueEntry['activity'];

  @ApiProperty({ enum: PILLARS })
  pillar!: CatalogueEntry['pillar'];

  @ApiProperty({ enum: SECTORS, isArray: true })
  allowedSectors!: CatalogueEntry['allowedSectors'];

  @ApiProperty({ type: AmountRuleView })
  amountRule!: SubsidyAmountRule;
}

/** The activity catalogue in force, as the API shows it. */
export class ActivityCatalogueView implements ActivityCatalogueResponse {
  @ApiProperty({
    ...API_COUNT,
    description: '0 while the catalogue was never edited and the built-in default applies',
  })
  version!: number;

  @ApiPropertyOptional(API_MOMENT)
  changedAt?: string;

  @ApiProperty({ description: 'whether an administrator replaced the built-in default' })
  edited!: boolean;

  @ApiProperty({ type: [CatalogueEntryView] })
  entries!: readonly CatalogueEntry[];
}
