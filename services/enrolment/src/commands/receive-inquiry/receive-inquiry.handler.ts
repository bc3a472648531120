import { Injectable } from '@nestjs/common';
import type { InquiryChannel } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import { AggregateStore, type Stored } from '@okr/messaging';
import {
  receiveInquiry,
  type ContactPerson,
  type InquiryState,
  type InquiringSchool,
} from '../../domain/inquiry.entity';
import type { SchoolState } from '../../domain/school.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface ReceiveInquiry {
  /** A new id when left out; an import gives the row's, so a re-run finds the inquiry it made. */
  readonly inquiryId?: string;
  readonly school: InquiringSchool;
  readonly contact?: ContactPerson;
  readonly channel: InquiryChannel;
  readonly question?: string;
  readonly receivedAt: Date;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class ReceiveInquiryHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    actor,
    causationKey,
    inquiryId = randomUUID(),
    ...inquiry
  }: ReceiveInquiry): Promise<Stored<InquiryState>> {
    if (inquiry.school.kind === 'registered') {
      const { brin } = inquiry.school;
      await this.store.requireReference<SchoolState>(streams.school(brin));
    }
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      changeOf('receive-inquiry', actor, causationKey),
      (current) => receiveInquiry(current, { inquiryId, ...inquiry }),
    );
  }
}
