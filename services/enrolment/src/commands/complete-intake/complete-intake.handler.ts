import { Injectable } from '@nestjs/common';
import type { Activity, IntakeOutcome } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import type { InquiryState } from '../../domain/inquiry.entity';
import { completeIntake, type IntakeState } from '../../domain/intake.entity';
import type { SchoolState } from '../../domain/school.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface CompleteIntake {
  /** A new id when left out; an import gives the row's. */
  readonly intakeId?: string;
  readonly brin: string;
  readonly activity: Activity;
  readonly outcome: IntakeOutcome;
  readonly notes: string;
  readonly heldOn: CalendarDay;
  readonly inquiryId?: string;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class CompleteIntakeHandler {
  constructor(private readonly store: AggregateStore) {}

  /**
   * Each intake is complete in itself, so it is decided as a new one even when the stream already holds an
   * earlier intake of the school for this activity: it becomes the stream's next version, and the earlier
   * ones stay in its history, from which the intake that counts is chosen.
   */
  async execute({
    actor,
    causationKey,
    intakeId = randomUUID(),
    ...intake
  }: CompleteIntake): Promise<Stored<IntakeState>> {
    await this.store.requireReference<SchoolState>(streams.school(intake.brin));
    // Read as it is now, not from memory: a referral made a moment ago is a day the intake must not precede.
    const inquiry =
      intake.inquiryId === undefined
        ? undefined
        : (await this.store.require<InquiryState>(streams.inquiry(intake.inquiryId))).state;
    return this.store.change<IntakeState>(
      streams.intake(intake.brin, intake.activity),
      changeOf('complete-intake', actor, causationKey),
      () => completeIntake(undefined, { intakeId, ...intake }, inquiry ? { inquiry } : {}),
    );
  }
}
