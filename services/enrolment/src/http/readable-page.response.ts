import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { pageResponseOf } from '@okr/service-kit';
import type { UnreadableRecord } from './readable-list';

/** A record a list could not show, as the OpenAPI document describes it. */
export class UnreadableRecordView implements UnreadableRecord {
  @ApiProperty({
    example: 'inquiry:0190f4c2-7a1b-7c3d-8e4f-5a6b7c8d9e01',
    description: "the record's stream",
  })
  id!: string;

  @ApiProperty({ example: 'Not a day: 10000-01-01', description: 'why it cannot be shown' })
  reason!: string;
}

const readablePageClasses = new Map<Type<unknown>, Type<object>>();

/**
 * The OpenAPI class of a page of a list of `item`s that reports the records it could not show (`unreadable`),
 * named `<Item>Page` in the document.
 */
export function readablePageResponseOf(item: Type<unknown>): Type<object> {
  const known = readablePageClasses.get(item);
  if (known) return known;
  class ReadablePageResponse extends pageResponseOf(item) {
    @ApiProperty({
      type: [UnreadableRecordView],
      description: 'records left out because they cannot be shown (never paged; normally empty)',
    })
    unreadable!: UnreadableRecordView[];
  }
  Object.defineProperty(ReadablePageResponse, 'name', { value: `${item.name}ReadablePage` });
  readablePageClasses.set(item, ReadablePageResponse);
  return ReadablePageResponse;
}
