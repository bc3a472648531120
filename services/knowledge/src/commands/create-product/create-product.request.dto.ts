import { ApiProperty } from '@nestjs/swagger';
import { KNOWLEDGE_PRODUCT_TYPES, type KnowledgeProductType } from '@okr/contracts';
import { IsIn } from 'class-validator';
import { ProductContentDto } from '../../http/content.request.dto';

export class CreateProductRequestDto extends ProductContentDto {
  @ApiProperty({ enum: KNOWLEDGE_PRODUCT_TYPES, example: 'theme-page' })
  @IsIn(KNOWLEDGE_PRODUCT_TYPES)
  productType!: KnowledgeProductType;
}
