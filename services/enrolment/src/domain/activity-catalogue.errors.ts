import { DomainError } from './domain.errors';

export const CATALOGUE_ERROR_CODES = ['CATALOGUE.INVALID'] as const;
export type CatalogueErrorCode = (typeof CATALOGUE_ERROR_CODES)[number];

export class CatalogueError extends DomainError<CatalogueErrorCode> {}
