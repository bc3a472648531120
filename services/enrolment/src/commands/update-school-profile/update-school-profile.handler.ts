import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@okr/service-kit';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { EnrolmentConfig } from '../../config/enrolment.config';
import { type SchoolProfileChanges, type SchoolState, updateSchoolProfile } from '../../domain/school.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

@Injectable()
export class UpdateSchoolProfileHandler {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: EnrolmentConfig,
  ) {}

  async execute(brin: string, changes: SchoolProfileChanges, actor: string): Promise<Stored<SchoolState>> {
    return this.store.change<SchoolState>(
      streams.school(brin),
      { command: 'update-school-profile', actor },
      (current) =>
        updateSchoolProfile(current, changes, {
          smallSchoolPupilThreshold: this.config.SMALL_SCHOOL_PUPIL_THRESHOLD,
        }),
    );
  }
}
