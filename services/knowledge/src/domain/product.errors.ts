import { DomainError } from './domain.errors';

export const PRODUCT_ERROR_CODES = [
  'PRODUCT.NOT_FOUND',
  'PRODUCT.ALREADY_EXISTS',
  'PRODUCT.IN_REVIEW',
  'PRODUCT.NOTHING_TO_SUBMIT',
  'PRODUCT.NOT_IN_REVIEW',
  'PRODUCT.REASONS_REQUIRED',
  'PRODUCT.NOT_PUBLISHED',
  'PRODUCT.RETIRED',
  'PRODUCT.NOT_AN_INTERVENTION',
  'PRODUCT.DAY_OUT_OF_ORDER',
] as const;
export type ProductErrorCode = (typeof PRODUCT_ERROR_CODES)[number];

export class ProductError extends DomainError<ProductErrorCode> {}
