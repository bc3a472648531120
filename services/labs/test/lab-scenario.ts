// Builds the lab, sub-projects and roster a component test starts from, through the API as the lab team would.
import { labIdOf } from '../src/infrastructure/labs.aggregates';
import { type Caller, freshLabCode } from './labs-app';

interface SubProjectBody {
  subProjectId: string;
  phase: string;
  deliverables: Array<{ kind: string; interventionId?: string; diagnosisId?: string }>;
}

/** A lab started on 2023-09-01; answers its id. */
export async function startedLab(team: Caller): Promise<string> {
  const code = freshLabCode();
  await team
    .post('/labs')
    .send({ code, name: `Lab ${code}`, theme: 'taal', startedOn: '2023-09-01' })
    .expect(201);
  return labIdOf(code);
}

/** A sub-project started in `phase`; answers it as the API shows it. */
export async function subProjectIn(team: Caller, labId: string, phase: string): Promise<SubProjectBody> {
  const response = await team
    .post(`/labs/${labId}/sub-projects`)
    .send({ title: 'Pre-teaching', phase, themes: ['P3.A'], startedOn: '2024-01-08' })
    .expect(201);
  return response.body as SubProjectBody;
}

export const INTERVENTION = {
  title: 'Pre-teaching woordenschat',
  summary: 'Woorden voorleren aan taalzwakke leerlingen',
  sectors: ['PO'],
  themes: ['P3.A'],
};

/** A sub-project that designed an intervention (now in Determine); answers both ids. */
export async function designedIntervention(
  team: Caller,
  labId: string,
): Promise<{ subProjectId: string; interventionId: string }> {
  const { subProjectId } = await subProjectIn(team, labId, 'design');
  const moved = await team
    .post(`/sub-projects/${subProjectId}/transitions`)
    .send({ to: 'determine', on: '2024-06-03', intervention: INTERVENTION })
    .expect(201);
  const interventionId = (moved.body as SubProjectBody).deliverables[0]?.interventionId;
  if (interventionId === undefined) throw new Error('the design phase delivered no intervention');
  return { subProjectId, interventionId };
}

/** Puts schools on the lab's roster for 2024-2025, as the lab team. */
export async function onRoster(
  team: Caller,
  labId: string,
  schools: ReadonlyArray<{ brin: string; sector: 'PO' | 'VO' }>,
): Promise<void> {
  for (const { brin, sector } of schools) {
    await team
      .post(`/labs/${labId}/schools`)
      .send({ brin, sector, role: 'co-creating', schoolYear: '2024-2025', joinedOn: '2024-08-15' })
      .expect(201);
  }
}
