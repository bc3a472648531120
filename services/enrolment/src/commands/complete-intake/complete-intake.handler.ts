import { Injectable } from '@nestjs/common';
import type { Activity, IntakeOutcome } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import type { InquiryState } from '../../domain/inquiry.entity';
import { InquiryError } from '../../domain/inquiry.errors';
import { completeIntake, type IntakeState } from '../../domain/intake.entity';
import type { SchoolState } from '../../domain/school.entity';
import { SchoolError } from '../../domain/school.errors';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface CompleteIntake {
  readonly brin: string;
  readonly activity: Activity;
  readonly outcome: IntakeOutcome;
  readonly notes: string;
  readonly heldOn: CalendarDay;
  readonly inquiryId?: string;
  readonly actor: string;
}

@Injectable()
export class CompleteIntakeHandler {
  constructor(private readonly store: EnrolmentStore) {}

  /**
   * Each intake is complete in itself, so it is decided as a new one even when the stream already holds an
   * earlier intake of the school for this activity: it becomes the stream's next version, and the earlier
   * ones stay in its history, from which the intake that counts is chosen.
   */
  async execute({ actor, ...intake }: CompleteIntake): Promise<Stored<IntakeState>> {
    const school = await this.store.loadReference<SchoolState>(streams.school(intake.brin));
    if (!school) {
      throw new SchoolError('SCHOOL.NOT_REGISTERED', `No school with BRIN ${intake.brin}`, {
        brin: intake.brin,
      });
    }
    if (intake.inquiryId !== undefined) {
      const inquiry = await this.store.loadReference<InquiryState>(streams.inquiry(intake.inquiryId));
      if (!inquiry) {
        throw new InquiryError('INQUIRY.NOT_FOUND', `No inquiry ${intake.inquiryId}`, {
          inquiryId: intake.inquiryId,
        });
      }
    }
    const intakeId = randomUUID();
    return this.store.change<IntakeState>(
      streams.intake(intake.brin, intake.activity),
      { command: 'complete-intake', actor, aggregateType: AGGREGATE_TYPES.intake },
      () => completeIntake(undefined, { intakeId, ...intake }),
    );
  }
}
