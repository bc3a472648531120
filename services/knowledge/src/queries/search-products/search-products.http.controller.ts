import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Clock, Public } from '@okr/service-kit';
import { SearchResponse } from '../../http/search.response';
import { PublicReadThrottlerGuard } from '../../search/public-read.throttler.guard';
import { PublishedProductsIndex } from '../../search/published-products.index';
import { SearchProductsQueryDto } from './search-products.query.dto';

@ApiTags('public')
@Controller('public/products')
@UseGuards(PublicReadThrottlerGuard)
export class SearchProductsHttpController {
  constructor(
    private readonly index: PublishedProductsIndex,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Search the published products, for anyone (no token): Dutch text (stemmed, accents folded), filters by ' +
      'type, theme, sector, pillar code and evidence level, relevance-ranked, with facet counts and pages',
  })
  @ApiOkResponse({ type: SearchResponse })
  @ApiBadRequestResponse({
    description:
      'REQUEST.VALIDATION_FAILED: a filter or page that is not one the search knows, named in `errors`',
  })
  @ApiTooManyRequestsResponse({
    description: 'REQUEST.TOO_MANY: more than PUBLIC_READ_LIMIT reads in the window',
  })
  search(@Query() query: SearchProductsQueryDto): SearchResponse {
    const result = this.index.search.search(
      {
        ...(query.q !== undefined ? { text: query.q } : {}),
        ...(query.productType !== undefined ? { productTypes: query.productType } : {}),
        ...(query.theme !== undefined ? { themes: query.theme } : {}),
        ...(query.sector !== undefined ? { sectors: query.sector } : {}),
        ...(query.pillarCode !== undefined ? { pillarCodes: query.pillarCode } : {}),
        ...(query.evidenceLevel !== undefined ? { evidenceLevels: query.evidenceLevel } : {}),
        page: query.page,
        pageSize: query.pageSize,
      },
      this.clock.today(),
    );
    return {
      ...result,
      items: result.items.map((hit) => ({
        ...hit,
        themes: [...hit.themes],
        sectors: [...hit.sectors],
        pillarCodes: [...hit.pillarCodes],
      })),
      facets: {
        productType: [...result.facets.productType],
        themes: [...result.facets.themes],
        sectors: [...result.facets.sectors],
        pillars: [...result.facets.pillars],
        evidenceLevel: [...result.facets.evidenceLevel],
      },
    };
  }
}
