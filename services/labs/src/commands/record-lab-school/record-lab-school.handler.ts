import { Injectable } from '@nestjs/common';
import type { LabSchoolRole, Sector } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { LabState } from '../../domain/lab.entity';
import { recordLabSchool, type RosterState } from '../../domain/roster.entity';
import { streams } from '../../infrastructure/labs.aggregates';

export interface RecordLabSchool {
  readonly labId: string;
  readonly brin: string;
  readonly role: LabSchoolRole;
  readonly sector: Sector;
  readonly schoolYear: string;
  readonly joinedOn: string;
  readonly actor: string;
}

@Injectable()
export class RecordLabSchoolHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({ actor, ...school }: RecordLabSchool): Promise<Stored<RosterState>> {
    // The lab team records schools of a lab it started; enrolments may fill a roster before that.
    await this.store.require<LabState>(streams.lab(school.labId));
    return this.store.change<RosterState>(
      streams.roster(school.labId),
      { command: 'record-lab-school', actor },
      (current) => recordLabSchool(current, school),
    );
  }
}
