import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IntFromText } from '../config/int-from-text';

/** `?page=1&pageSize=20` on every list. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @IntFromText()
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

/** One page of a list, with the length of the whole list. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** One page of `items` (already filtered and sorted). */
export function pageOf<T>(items: readonly T[], { page, pageSize }: PageQuery): Page<T> {
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: items.length,
  };
}

/** `'true'`/`'false'` in a query string as a boolean, for `@Transform` on a query field. */
export const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const pageClasses = new Map<Type<unknown>, Type<Page<unknown>>>();

/**
 * The OpenAPI class of a page of `item`s, named `<Item>Page` in the document:
 * `@ApiOkResponse({ type: pageResponseOf(SchoolResponse) })`.
 */
export function pageResponseOf(item: Type<unknown>): Type<Page<unknown>> {
  const known = pageClasses.get(item);
  if (known) return known;
  class PageResponse implements Page<unknown> {
    @ApiProperty({ type: [item] })
    items!: unknown[];

    @ApiProperty({ type: 'integer', minimum: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
    pageSize!: number;

    @ApiProperty({ type: 'integer', minimum: 0, description: 'the length of the whole list' })
    total!: number;
  }
  Object.defineProperty(PageResponse, 'name', { value: `${item.name}Page` });
  pageClasses.set(item, PageResponse);
  return PageResponse;
}
