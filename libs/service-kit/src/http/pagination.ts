import { ApiPropertyOptional } from '@nestjs/swagger';
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
