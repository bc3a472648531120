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
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface ReceiveInquiry {
  readonly school: InquiringSchool;
  readonly contact?: ContactPerson;
  readonly channel: InquiryChannel;
  readonly question?: string;
  readonly receivedAt: Date;
  readonly actor: string;
}

@Injectable()
export class ReceiveInquiryHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...inquiry }: ReceiveInquiry): Promise<Stored<InquiryState>> {
    if (inquiry.school.kind === 'registered') {
      const { brin } = inquiry.school;
      await this.store.requireReference<SchoolState>(streams.school(brin));
    }
    const inquiryId = randomUUID();
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'receive-inquiry', actor },
      (current) => receiveInquiry(current, { inquiryId, ...inquiry }),
    );
  }
}
