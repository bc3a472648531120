import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CalendarDay,
  KNOWLEDGE_PRODUCT_TYPES,
  KNOWLEDGE_SECTORS,
  type KnowledgeProductType,
  type KnowledgeSector,
  type PillarCode,
} from '@okr/contracts';
import { EvidenceResponse } from './product.response';

export class SearchHitResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ enum: KNOWLEDGE_PRODUCT_TYPES })
  productType!: KnowledgeProductType;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: [String] })
  themes!: string[];

  @ApiProperty({ enum: KNOWLEDGE_SECTORS, isArray: true })
  sectors!: KnowledgeSector[];

  @ApiProperty({ type: [String] })
  pillarCodes!: PillarCode[];

  @ApiProperty()
  revision!: number;

  @ApiProperty({ type: 'string', format: 'date' })
  publishedOn!: CalendarDay;

  @ApiPropertyOptional({ type: EvidenceResponse })
  evidence?: EvidenceResponse;

  @ApiPropertyOptional({ description: 'relevance, with a text query' })
  score?: number;
}

export class FacetCountResponse {
  @ApiProperty()
  value!: string;

  @ApiProperty()
  count!: number;
}

export class FacetsResponse {
  @ApiProperty({ type: [FacetCountResponse] })
  productType!: FacetCountResponse[];

  @ApiProperty({ type: [FacetCountResponse] })
  themes!: FacetCountResponse[];

  @ApiProperty({ type: [FacetCountResponse] })
  sectors!: FacetCountResponse[];

  @ApiProperty({ type: [FacetCountResponse], description: 'per pillar P1…P7, sub-aspects counted with it' })
  pillars!: FacetCountResponse[];

  @ApiProperty({ type: [FacetCountResponse], description: 'interventions with valid evidence, per level' })
  evidenceLevel!: FacetCountResponse[];
}

export class SearchResponse {
  @ApiProperty({ type: [SearchHitResponse] })
  items!: SearchHitResponse[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty({ description: 'how many products match in all' })
  total!: number;

  @ApiProperty({ type: FacetsResponse, description: 'counts over every match, not only this page' })
  facets!: FacetsResponse;
}
