import type { CalendarDay, KnowledgeProductType, Sector, UseSource } from '@okr/contracts';
import { DomainError } from './domain.errors';
import { domainEvent, type Decision, type DomainEvent } from './knowledge-event.value-object';

export const USE_ERROR_CODES = ['USE.ALREADY_RECORDED'] as const;
export type UseErrorCode = (typeof USE_ERROR_CODES)[number];
export class UseError extends DomainError<UseErrorCode> {}

/** That a school used a product effectively on a day, and how that became known. */
export interface UseState {
  readonly useId: string;
  readonly productId: string;
  readonly productType: KnowledgeProductType;
  readonly brin: string;
  readonly sector?: Sector;
  readonly source: UseSource;
  readonly usedOn: CalendarDay;
}

/**
 * Records a use. Its id is derived from school, product, day and source, so the same finding reported twice
 * (two surveys read, a form sent twice) is refused instead of counted twice.
 */
export function recordUse(
  current: UseState | undefined,
  input: UseState,
): Decision<UseState, DomainEvent<'KnowledgeProductUsed'>> {
  if (current) {
    throw new UseError(
      'USE.ALREADY_RECORDED',
      `School ${current.brin} already used this product on ${current.usedOn}`,
      {
        useId: current.useId,
        brin: current.brin,
        productId: current.productId,
        usedOn: current.usedOn,
      },
    );
  }
  return {
    state: input,
    events: [
      domainEvent('KnowledgeProductUsed', {
        useId: input.useId,
        productId: input.productId,
        productType: input.productType,
        brin: input.brin,
        ...(input.sector !== undefined ? { sector: input.sector } : {}),
        source: input.source,
        usedOn: input.usedOn,
      }),
    ],
  };
}
