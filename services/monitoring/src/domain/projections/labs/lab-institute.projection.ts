import { TeacherTrainingInstituteJoinedV1, TeacherTrainingInstituteLeftV1 } from '@okr/contracts';
import { earliest } from '../merge';
import { handlerFor, projection } from '../projection';

/** A teacher-training institute in one lab, keyed `${labId}|${instituteId}`; the id is the same in every lab. */
export interface LabInstituteFact {
  labId: string;
  instituteId: string;
  /** The earliest and the latest day it joined; absent: only a leaving seen (yet). */
  joinedOn?: string;
  lastJoinedOn?: string;
  lastLeftOn?: string;
}

const on = handlerFor<LabInstituteFact>();
const byInstitute = {
  key: ({ labId, instituteId }: { labId: string; instituteId: string }) => `${labId}|${instituteId}`,
  initial: ({ data }: { data: { labId: string; instituteId: string } }): LabInstituteFact => ({
    labId: data.labId,
    instituteId: data.instituteId,
  }),
};

/** Teacher-training institutes per lab: joined from their earliest joining, left after their latest. */
export const labInstituteProjection = projection('labInstitutes', [
  on(TeacherTrainingInstituteJoinedV1, {
    ...byInstitute,
    evolve: (institute, { data }) => {
      institute.joinedOn = earliest(institute.joinedOn, data.joinedOn);
      if (institute.lastJoinedOn === undefined || data.joinedOn > institute.lastJoinedOn) {
        institute.lastJoinedOn = data.joinedOn;
      }
    },
  }),
  on(TeacherTrainingInstituteLeftV1, {
    ...byInstitute,
    evolve: (institute, { data }) => {
      if (institute.lastLeftOn === undefined || data.leftOn > institute.lastLeftOn)
        institute.lastLeftOn = data.leftOn;
    },
  }),
]);
