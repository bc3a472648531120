import { Logger } from '@nestjs/common';
import type { Stored } from '@okr/messaging';
import { type Page, type PageQuery, pageOf } from '@okr/service-kit';

/** A record a list could not show, and why; the list shows the others. */
export interface UnreadableRecord {
  /** The record's stream, e.g. 'inquiry:<id>'. */
  id: string;
  reason: string;
}

/** A page of a list, with the records that could not be shown (never paged: there should be none). */
export interface ReadablePage<T> extends Page<T> {
  unreadable: UnreadableRecord[];
}

/** The records shown, each with what it was shown from, and those that could not be. */
export interface Readable<S, T> {
  shown: { stored: Stored<S>; item: T }[];
  unreadable: UnreadableRecord[];
}

const logger = new Logger('ReadableList');

/**
 * Shows every record with `show`, setting aside (and logging) each one `show` throws on, so that one record
 * stored before a rule existed (a day the calendar cannot count from, say) never breaks a list for everyone.
 */
export function showEach<S, T>(
  records: readonly Stored<S>[],
  show: (stored: Stored<S>) => T,
): Readable<S, T> {
  const readable: Readable<S, T> = { shown: [], unreadable: [] };
  for (const stored of records) {
    try {
      readable.shown.push({ stored, item: show(stored) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const id = stored.stream;
      logger.warn(`A listed record cannot be shown and is left out: ${id}: ${reason}`);
      readable.unreadable.push({ id, reason });
    }
  }
  return readable;
}

/** One page of `items` (already filtered and sorted) with the records that could not be shown. */
export function readablePageOf<T>(
  items: readonly T[],
  unreadable: readonly UnreadableRecord[],
  query: PageQuery,
): ReadablePage<T> {
  return { ...pageOf(items, query), unreadable: [...unreadable] };
}

/** A record shown, with what it was shown from. */
export type Shown<S, T> = Readable<S, T>['shown'][number];

/**
 * One page of shown records (already filtered and sorted), with the records that could not be shown: only the
 * page's items are taken out, however long the list.
 */
export function readablePageOfShown<S, T>(
  shown: readonly Shown<S, T>[],
  unreadable: readonly UnreadableRecord[],
  query: PageQuery,
): ReadablePage<T> {
  const page = pageOf(shown, query);
  return { ...page, items: page.items.map(({ item }) => item), unreadable: [...unreadable] };
}
