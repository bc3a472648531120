import { ExpertSchoolCertifiedV1, type ExpertSchoolCertifiedV1Data } from '@okr/contracts';
import type { Sector } from '../../views';
import { handlerFor, projection, type FactEvent } from '../projection';

/** A certified expert school, by BRIN: an aspirant enrolment alone never makes one. */
export interface ExpertSchoolFact {
  brin: string;
  /** Of its first certification: earliest certifiedOn, then stamp. */
  sector: Sector;
  certifiedOn: string;
  certificationStamp: string;
  /** Its first certification for an approach from a co-creation lab, if any: earliest certifiedOn, then stamp. */
  labCertifiedOn?: string;
  labCertificationStamp?: string;
}

const on = handlerFor<ExpertSchoolFact>();

/** Expert schools by BRIN, with their first certification and their first for a lab intervention. */
export const expertSchoolProjection = projection('expertSchools', [
  on(ExpertSchoolCertifiedV1, {
    key: (data) => data.brin,
    initial: ({ data, stamp }) => ({
      brin: data.brin,
      sector: data.sector,
      certifiedOn: data.certifiedOn,
      certificationStamp: stamp,
    }),
    evolve: (school, event) => {
      const { data } = event;
      if (isFirst(event, school.certifiedOn, school.certificationStamp)) {
        school.sector = data.sector;
        school.certifiedOn = data.certifiedOn;
        school.certificationStamp = event.stamp;
      }
      if (
        data.labInterventionId !== undefined &&
        isFirst(event, school.labCertifiedOn, school.labCertificationStamp)
      ) {
        school.labCertifiedOn = data.certifiedOn;
        school.labCertificationStamp = event.stamp;
      }
    },
  }),
]);

function isFirst(
  { data, stamp }: FactEvent<ExpertSchoolCertifiedV1Data>,
  day: string | undefined,
  heldStamp: string | undefined,
): boolean {
  return day === undefined || `${data.certifiedOn}|${stamp}` <= `${day}|${heldStamp ?? ''}`;
}
