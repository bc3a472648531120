import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@okr/service-kit';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { registerSchool, type SchoolFacts, type SchoolState } from '../../domain/school.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface RegisterSchool extends SchoolFacts {
  readonly brin: string;
  readonly registeredOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class RegisterSchoolHandler {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
  ) {}

  /** The BRIN is the stream: a second registration loses the race for version 1 and is refused. */
  async execute({ actor, causationKey, ...school }: RegisterSchool): Promise<Stored<SchoolState>> {
    return this.store.change<SchoolState>(
      streams.school(school.brin),
      changeOf('register-school', actor, causationKey),
      (current) =>
        registerSchool(current, school, {
          smallSchoolPupilThreshold: this.config.SMALL_SCHOOL_PUPIL_THRESHOLD,
        }),
    );
  }
}
