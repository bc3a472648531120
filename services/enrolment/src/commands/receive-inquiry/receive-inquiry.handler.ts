import { Injectable } from '@nestjs/common';
import type { InquiryChannel } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import {
  receiveInquiry,
  type ContactPerson,
  type InquiryState,
  type InquiringSchool,
} from '../../domain/inquiry.entity';
import { SchoolError } from '../../domain/school.errors';
import type { SchoolState } from '../../domain/school.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

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
  constructor(private readonly store: EnrolmentStore) {}

  async execute({ actor, ...inquiry }: ReceiveInquiry): Promise<Stored<InquiryState>> {
    if (inquiry.school.kind === 'registered') {
      const { brin } = inquiry.school;
      const school = await this.store.loadReference<SchoolState>(streams.school(brin));
      if (!school) throw new SchoolError('SCHOOL.NOT_REGISTERED', `No school with BRIN ${brin}`, { brin });
    }
    const inquiryId = randomUUID();
    return this.store.change<InquiryState>(
      streams.inquiry(inquiryId),
      { command: 'receive-inquiry', actor, aggregateType: AGGREGATE_TYPES.inquiry },
      (current) => receiveInquiry(current, { inquiryId, ...inquiry }),
    );
  }
}
