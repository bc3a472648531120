import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAB_PHASES, type LabPhase } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { PARTNER_KINDS, scheduleOf, type LabState, type PartnerKind } from '../domain/lab.entity';

export class LabPhaseResponse {
  @ApiProperty({ enum: LAB_PHASES })
  phase!: LabPhase;

  @ApiProperty({ format: 'date' })
  plannedStartOn!: string;

  @ApiProperty({ format: 'date' })
  plannedEndOn!: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day the lab entered the phase' })
  startedOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day the lab entered the next phase' })
  endedOn?: string;

  @ApiProperty({ enum: ['done', 'current', 'upcoming'] })
  status!: 'done' | 'current' | 'upcoming';

  @ApiProperty({ description: 'days the phase started after its planned start' })
  startedLateByDays!: number;

  @ApiProperty({ description: 'days the phase ran, or runs, past its planned end' })
  overrunDays!: number;
}

export class PartnerResponse {
  @ApiProperty({ format: 'uuid', description: 'the same for the same organisation in every lab' })
  partnerId!: string;

  @ApiProperty({ enum: PARTNER_KINDS })
  kind!: PartnerKind;

  @ApiProperty({ example: 'Hogeschool Utrecht' })
  name!: string;

  @ApiProperty({ format: 'date' })
  joinedOn!: string;

  @ApiPropertyOptional({ format: 'date' })
  leftOn?: string;
}

/** A lab as the API shows it: its phases against their plan as of today, and its partners. */
export class LabResponse {
  @ApiProperty({ format: 'uuid' })
  labId!: string;

  @ApiProperty({ description: 'version of the lab, for audit and concurrency' })
  version!: number;

  @ApiProperty({ example: 'taallab' })
  code!: string;

  @ApiProperty({ example: 'TaalLab' })
  name!: string;

  @ApiProperty({ example: 'taalachterstanden en effectief leesonderwijs' })
  theme!: string;

  @ApiProperty({ format: 'date' })
  startedOn!: string;

  @ApiProperty({ enum: LAB_PHASES })
  currentPhase!: LabPhase;

  @ApiProperty({ description: 'the current phase started later than planned, or runs past its planned end' })
  behindPlan!: boolean;

  @ApiProperty({ description: 'by how many days (0 when on plan)' })
  daysBehind!: number;

  @ApiProperty({ type: () => [LabPhaseResponse] })
  phases!: LabPhaseResponse[];

  @ApiProperty({ type: () => [PartnerResponse] })
  partners!: PartnerResponse[];
}

export function labResponse(stored: Stored<LabState>, today: string): LabResponse {
  const { state } = stored;
  const schedule = scheduleOf(state, today);
  return {
    labId: state.labId,
    version: stored.version,
    code: state.code,
    name: state.name,
    theme: state.theme,
    startedOn: state.startedOn,
    currentPhase: schedule.currentPhase,
    behindPlan: schedule.behindPlan,
    daysBehind: schedule.daysBehind,
    phases: schedule.phases.map((phase) => ({ ...phase })),
    partners: state.partners.map((partner) => ({ ...partner })),
  };
}
