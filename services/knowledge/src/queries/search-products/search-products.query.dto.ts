import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  IsPillarCode,
  KNOWLEDGE_PRODUCT_TYPES,
  KNOWLEDGE_SECTORS,
  type KnowledgeProductType,
  type KnowledgeSector,
  type PillarCode,
  THEME_PATTERN,
} from '@okr/contracts';
import { PageQuery } from '@okr/service-kit';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

// A filter given once arrives as a text, given twice (?sector=PO&sector=VO) as a list: always a list.
const asList = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? [value] : value);

export class SearchProductsQueryDto extends PageQuery {
  @ApiPropertyOptional({
    example: 'woordenschat nieuwkomers',
    description: 'Dutch words; stemmed, accents folded',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: KNOWLEDGE_PRODUCT_TYPES, isArray: true })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(KNOWLEDGE_PRODUCT_TYPES, { each: true })
  productType?: KnowledgeProductType[];

  @ApiPropertyOptional({ type: [String], example: ['woordenschat'] })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(THEME_PATTERN, { each: true, message: 'each theme is a theme code such as woordenschat' })
  theme?: string[];

  @ApiPropertyOptional({ enum: KNOWLEDGE_SECTORS, isArray: true })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsIn(KNOWLEDGE_SECTORS, { each: true })
  sector?: KnowledgeSector[];

  @ApiPropertyOptional({
    type: [String],
    example: ['P3'],
    description: 'a pillar (P3) matches its sub-aspects too',
  })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(30)
  @IsPillarCode({ each: true })
  pillarCode?: PillarCode[];

  @ApiPropertyOptional({
    enum: EVIDENCE_LEVELS,
    isArray: true,
    description: 'interventions with valid evidence',
  })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsIn(EVIDENCE_LEVELS, { each: true })
  evidenceLevel?: EvidenceLevel[];
}
