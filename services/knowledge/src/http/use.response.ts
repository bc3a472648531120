import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CalendarDay,
  KNOWLEDGE_PRODUCT_TYPES,
  type KnowledgeProductType,
  SECTORS,
  type Sector,
  USE_SOURCES,
  type UseSource,
} from '@okr/contracts';

export class UseResponse {
  @ApiProperty({ format: 'uuid' })
  useId!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ enum: KNOWLEDGE_PRODUCT_TYPES })
  productType!: KnowledgeProductType;

  @ApiProperty({ example: '12AB' })
  brin!: string;

  @ApiPropertyOptional({ enum: SECTORS })
  sector?: Sector;

  @ApiProperty({ enum: USE_SOURCES })
  source!: UseSource;

  @ApiProperty({ type: 'string', format: 'date' })
  usedOn!: CalendarDay;
}
