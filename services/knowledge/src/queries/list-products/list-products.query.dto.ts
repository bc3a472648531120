import { ApiPropertyOptional } from '@nestjs/swagger';
import { KNOWLEDGE_PRODUCT_TYPES, type KnowledgeProductType } from '@okr/contracts';
import { PageQuery } from '@okr/service-kit';
import { IsIn, IsOptional } from 'class-validator';
import { PRODUCT_STATUSES, type ProductStatus } from '../../domain/product.entity';

export class ListProductsQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @ApiPropertyOptional({ enum: KNOWLEDGE_PRODUCT_TYPES })
  @IsOptional()
  @IsIn(KNOWLEDGE_PRODUCT_TYPES)
  productType?: KnowledgeProductType;
}
