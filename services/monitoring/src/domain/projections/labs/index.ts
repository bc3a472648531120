import { labDeliverableProjection } from './lab-deliverable.projection';
import { labInstituteProjection } from './lab-institute.projection';
import { labProjection } from './lab.projection';
import { labSchoolProjection } from './lab-school.projection';
import { pilotProjection } from './pilot.projection';
import { subProjectProjection } from './sub-project.projection';

/** The facts monitoring keeps of the labs context (co-creation labs), one projection per record kind. */
export const labsProjections = [
  labProjection,
  labSchoolProjection,
  labInstituteProjection,
  labDeliverableProjection,
  pilotProjection,
  subProjectProjection,
] as const;
