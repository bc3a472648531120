import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITIES,
  OnlyWhen,
  PILLARS,
  RequiredWhen,
  SECTORS,
  type Activity,
  type Pillar,
  type Sector,
} from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Min,
  ValidateNested,
} from 'class-validator';
import type { SubsidyAmountRule } from '../../domain/activity-catalogue.value-object';

const AMOUNT_RULE_KINDS = [
  'fixed',
  'maximum',
  'per-pupil',
] as const satisfies readonly SubsidyAmountRule['kind'][];
type AmountRuleKind = (typeof AMOUNT_RULE_KINDS)[number];

const isFixed = (rule: SubsidyAmountRuleDto): boolean => rule.kind === 'fixed';
const hasMaximum = (rule: SubsidyAmountRuleDto): boolean =>
  rule.kind === 'maximum' || rule.kind === 'per-pupil';
const isPerPupil = (rule: SubsidyAmountRuleDto): boolean => rule.kind === 'per-pupil';

/** How much a school can ask: exactly an amount, up to a maximum, or up to an amount per pupil (capped). */
export class SubsidyAmountRuleDto {
  @ApiProperty({ enum: AMOUNT_RULE_KINDS })
  @IsIn(AMOUNT_RULE_KINDS)
  kind!: AmountRuleKind;

  @ApiPropertyOptional({ example: 2_500_000, description: 'fixed: the amount, in euro cents' })
  @RequiredWhen(isFixed, 'kind is fixed')
  @OnlyWhen(isFixed, 'kind is fixed')
  @IsInt()
  @Min(1)
  amountCents?: number;

  @ApiPropertyOptional({ example: 4_000_000, description: 'maximum and per-pupil: the most, in euro cents' })
  @RequiredWhen(hasMaximum, 'kind is maximum or per-pupil')
  @OnlyWhen(hasMaximum, 'kind is maximum or per-pupil')
  @IsInt()
  @Min(1)
  maxCents?: number;

  @ApiPropertyOptional({ example: 5_000, description: 'per-pupil: euro cents per pupil' })
  @RequiredWhen(isPerPupil, 'kind is per-pupil')
  @OnlyWhen(isPerPupil, 'kind is per-pupil')
  @IsInt()
  @Min(1)
  centsPerPupil?: number;
}

export class CatalogueEntryDto {
  @ApiProperty({ enum: ACTIVITIES })
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @ApiPropertyOptional({ enum: PILLARS, description: "the activity's pillar; derived when left out" })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar;

  @ApiProperty({ enum: SECTORS, isArray: true, example: ['PO', 'VO'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(SECTORS, { each: true })
  allowedSectors!: Sector[];

  @ApiProperty({ type: SubsidyAmountRuleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SubsidyAmountRuleDto)
  amountRule!: SubsidyAmountRuleDto;
}

/** The whole catalogue: an activity left out is no longer offered. */
export class ReplaceActivityCatalogueRequestDto {
  @ApiProperty({ type: CatalogueEntryDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  // @ValidateNested passes an array nested in the array (it validates its members instead): each must be an object.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CatalogueEntryDto)
  entries!: CatalogueEntryDto[];
}
