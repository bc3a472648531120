// The help desk's events about a school, as the enrolment service publishes them, from the contracts' examples.
import {
  SchoolEnrolledV2,
  SchoolRegisteredV2,
  SchoolWithdrewV1,
  type EqualAccessFlags,
  type SchoolEnrolledV2Data,
  type SchoolRegisteredV2Data,
  type SchoolWithdrewV1Data,
  type Sector,
} from '@okr/contracts';
import { brinOf, exampleOf, NO_EQUAL_ACCESS_FLAGS } from '@okr/contracts/testing';
import { randomUUID } from 'node:crypto';

// BRINs in a random stretch, so runs that share a broker rarely name the same school.
let counter = Math.floor(Math.random() * 600_000);

/** A BRIN no other school of the run has. */
export function nextBrin(): string {
  counter = (counter + 1) % 676_000;
  return brinOf(counter);
}

export function registered(
  brin: string,
  facts: { sector?: Sector; province?: string } = {},
): SchoolRegisteredV2Data {
  return exampleOf(SchoolRegisteredV2, {
    brin,
    name: `School ${brin}`,
    sector: facts.sector ?? 'PO',
    province: facts.province ?? 'Utrecht',
    equalAccess: { ...NO_EQUAL_ACCESS_FLAGS },
  });
}

export function enrolled(
  brin: string,
  activity: 'aspirant-expert-school' | 'development-school' | 'groeikracht',
  facts: {
    sector?: Sector;
    schoolYear?: string;
    flags?: Partial<EqualAccessFlags>;
    participationId?: string;
  } = {},
): SchoolEnrolledV2Data {
  const schoolYear = facts.schoolYear ?? '2024-2025';
  return exampleOf(SchoolEnrolledV2, {
    brin,
    activity,
    sector: facts.sector ?? 'PO',
    schoolYear,
    enrolledOn: `${schoolYear.slice(0, 4)}-08-20`,
    equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, ...facts.flags },
    participationId: facts.participationId ?? randomUUID(),
    applicationId: undefined,
    roundId: undefined,
  });
}

export function withdrew(enrolment: SchoolEnrolledV2Data, withdrawnOn: string): SchoolWithdrewV1Data {
  return exampleOf(SchoolWithdrewV1, {
    participationId: enrolment.participationId,
    brin: enrolment.brin,
    activity: enrolment.activity,
    sector: enrolment.sector,
    schoolYear: enrolment.schoolYear,
    reasonCode: 'leadership-change',
    withdrawnOn,
  });
}
