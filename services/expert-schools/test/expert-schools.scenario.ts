// Scenario steps the component tests share: schools arriving from the help desk, assessed, selected and
// certified through the API.
import {
  catalogue,
  SchoolEnrolledV2,
  SchoolRegisteredV2,
  validateEventData,
  type Region,
  type SchoolEnrolledV2Data,
  type Sector,
} from '@okr/contracts';
import { CommitStore } from '@okr/messaging';
import { eventually } from '@okr/messaging/testing';
import { SELECTION_CRITERIA } from '../src/domain/selection-criteria.value-object';
import type { Caller, ExpertSchoolsApp } from './expert-schools-app';
import { enrolled, nextBrin, registered } from './help-desk-events';

/** Every criterion judged `judgement`, with evidence. */
export function assessmentBody(judgement = 'meets', assessedOn = '2024-09-10'): Record<string, unknown> {
  return {
    assessedOn,
    criteria: SELECTION_CRITERIA.map((criterion) => ({
      criterion,
      judgement,
      evidence: `Bewijs voor ${criterion}`,
    })),
  };
}

export function selectionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    selectedOn: '2024-09-20',
    schoolType: 'bao',
    approach: {
      title: 'Een leven lang lezen',
      summary: 'Leesmotivatie door dagelijks vrij lezen en boekgesprekken.',
      themes: ['leesmotivatie'],
      pillarCodes: ['P3.A', 'P5.A'],
      origin: 'proven-approach',
    },
    ...overrides,
  };
}

export const FULL_TEAM = {
  members: [
    { name: 'Fatima el Amrani', role: 'teacher' },
    { name: 'Joost de Boer', role: 'school-leader' },
  ],
};

/**
 * A school the help desk registered in `region` and enrolled in `activity`, as it appears here once the
 * service consumed both events; answers the enrolment (its participationId is the id here).
 */
export async function fromHelpDesk(
  service: ExpertSchoolsApp,
  reader: Caller,
  activity: 'aspirant-expert-school' | 'development-school',
  facts: { sector?: Sector; region?: Region; schoolYear?: string } = {},
): Promise<SchoolEnrolledV2Data> {
  const brin = nextBrin();
  await service.publish(
    SchoolRegisteredV2,
    registered(brin, { sector: facts.sector ?? 'PO', province: facts.region ?? 'Utrecht' }),
  );
  const enrolment = enrolled(brin, activity, facts);
  await service.publish(SchoolEnrolledV2, enrolment);
  const path =
    activity === 'aspirant-expert-school'
      ? `/aspirants/${enrolment.participationId}`
      : `/development-schools/${enrolment.participationId}`;
  await eventually(async () => {
    await reader.get(path).expect(200);
    return true;
  });
  return enrolment;
}

/** An aspirant from the help desk, assessed, selected and certified; answers its id and BRIN. */
export async function certifiedExpertSchool(
  service: ExpertSchoolsApp,
  coordinator: Caller,
  facts: { sector?: Sector; region?: Region; schoolYear?: string; approach?: Record<string, unknown> } = {},
): Promise<{ aspirantId: string; brin: string }> {
  const schoolYear = facts.schoolYear ?? '2024-2025';
  const start = Number(schoolYear.slice(0, 4));
  const { participationId, brin } = await fromHelpDesk(service, coordinator, 'aspirant-expert-school', facts);
  const base = `/aspirants/${participationId}`;
  await coordinator
    .put(`${base}/assessment`)
    .send(assessmentBody('meets', `${start}-09-10`))
    .expect(200);
  const selection = selectionBody({ selectedOn: `${start}-09-20` });
  await coordinator
    .post(`${base}/selection`)
    .send({ ...selection, ...(facts.approach ? { approach: facts.approach } : {}) })
    .expect(201);
  await coordinator.put(`${base}/team`).send(FULL_TEAM).expect(200);
  await coordinator
    .post(`${base}/certification`)
    .send({ certifiedOn: `${start + 1}-06-30` })
    .expect(201);
  return { aspirantId: participationId, brin };
}

/** The events of a stream's last commit, each checked against its contract. */
export async function lastEvents(
  service: ExpertSchoolsApp,
  stream: string,
): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const commit = await service.app.get(CommitStore).latest(stream);
  return (commit?.events ?? []).map(({ envelope }) => {
    const contract = catalogue.find(envelope.type, envelope.version);
    if (!contract) throw new Error(`no contract for ${envelope.type} v${envelope.version}`);
    expect(validateEventData(contract, envelope.data)).toMatchObject({ ok: true });
    return { type: envelope.type, data: envelope.data as Record<string, unknown> };
  });
}
