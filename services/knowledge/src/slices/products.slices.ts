import { AssessInterventionHandler } from '../commands/assess-intervention/assess-intervention.handler';
import { AssessInterventionHttpController } from '../commands/assess-intervention/assess-intervention.http.controller';
import { CreateProductHandler } from '../commands/create-product/create-product.handler';
import { CreateProductHttpController } from '../commands/create-product/create-product.http.controller';
import { EditProductHandler } from '../commands/edit-product/edit-product.handler';
import { EditProductHttpController } from '../commands/edit-product/edit-product.http.controller';
import { RateProductHandler } from '../commands/rate-product/rate-product.handler';
import { RateProductHttpController } from '../commands/rate-product/rate-product.http.controller';
import { RecordProductUseHandler } from '../commands/record-product-use/record-product-use.handler';
import { RecordProductUseHttpController } from '../commands/record-product-use/record-product-use.http.controller';
import { RetireProductHandler } from '../commands/retire-product/retire-product.handler';
import { RetireProductHttpController } from '../commands/retire-product/retire-product.http.controller';
import { ReviewProductHandler } from '../commands/review-product/review-product.handler';
import { ReviewProductHttpController } from '../commands/review-product/review-product.http.controller';
import { SubmitProductHandler } from '../commands/submit-product/submit-product.handler';
import { SubmitProductHttpController } from '../commands/submit-product/submit-product.http.controller';
import { GetProductRatingsHttpController } from '../queries/get-product-ratings/get-product-ratings.http.controller';
import { GetProductHttpController } from '../queries/get-product/get-product.http.controller';
import { GetPublicProductHttpController } from '../queries/get-public-product/get-public-product.http.controller';
import { ListProductUsesHttpController } from '../queries/list-product-uses/list-product-uses.http.controller';
import { ListProductsHttpController } from '../queries/list-products/list-products.http.controller';
import { SearchProductsHttpController } from '../queries/search-products/search-products.http.controller';
import { PublishedProductsIndex } from '../search/published-products.index';
import type { Slices } from './slices';

export const productSlices: Slices = {
  controllers: [
    CreateProductHttpController,
    EditProductHttpController,
    SubmitProductHttpController,
    ReviewProductHttpController,
    RetireProductHttpController,
    AssessInterventionHttpController,
    RateProductHttpController,
    RecordProductUseHttpController,
    ListProductsHttpController,
    GetProductHttpController,
    GetProductRatingsHttpController,
    ListProductUsesHttpController,
    SearchProductsHttpController,
    GetPublicProductHttpController,
  ],
  providers: [
    CreateProductHandler,
    EditProductHandler,
    SubmitProductHandler,
    ReviewProductHandler,
    RetireProductHandler,
    AssessInterventionHandler,
    RateProductHandler,
    RecordProductUseHandler,
    PublishedProductsIndex,
  ],
};
