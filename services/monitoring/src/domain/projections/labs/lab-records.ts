import type { LabDeliverableFact } from './lab-deliverable.projection';
import type { LabInstituteFact } from './lab-institute.projection';
import type { LabFact } from './lab.projection';
import type { LabSchoolFact } from './lab-school.projection';
import type { PilotFact } from './pilot.projection';

/** The labs' records a KPI rule reads: all of them for the reference views, one school's or one record's live. */
export interface LabRecords {
  labs: readonly LabFact[];
  labSchools: readonly LabSchoolFact[];
  labInstitutes: readonly LabInstituteFact[];
  labDeliverables: readonly LabDeliverableFact[];
  pilots: readonly PilotFact[];
}

/** No lab records: what the rules of the labs read for a unit of the live views that holds none. */
export const NO_LAB_RECORDS: LabRecords = Object.freeze({
  labs: [],
  labSchools: [],
  labInstitutes: [],
  labDeliverables: [],
  pilots: [],
});

/** The tables of the labs' records that belong to no school: each record is a unit of the live views. */
export const LAB_RECORD_TABLES = [
  'labs',
  'labInstitutes',
  'labDeliverables',
  'pilots',
  'subProjects',
] as const;
export type LabRecordTable = (typeof LAB_RECORD_TABLES)[number];

/** Whether a table of the state holds labs' records that belong to no school. */
export function isLabRecordTable(table: string): table is LabRecordTable {
  return (LAB_RECORD_TABLES as readonly string[]).includes(table);
}

/** Every labs' record of the state's tables. */
export function labRecordsOf(tables: {
  labs: Readonly<Record<string, LabFact>>;
  labSchools: Readonly<Record<string, LabSchoolFact>>;
  labInstitutes: Readonly<Record<string, LabInstituteFact>>;
  labDeliverables: Readonly<Record<string, LabDeliverableFact>>;
  pilots: Readonly<Record<string, PilotFact>>;
}): LabRecords {
  return {
    labs: Object.values(tables.labs),
    labSchools: Object.values(tables.labSchools),
    labInstitutes: Object.values(tables.labInstitutes),
    labDeliverables: Object.values(tables.labDeliverables),
    pilots: Object.values(tables.pilots),
  };
}
