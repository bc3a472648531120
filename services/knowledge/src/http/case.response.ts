import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASKER_ROLES, type AskerRole, type CalendarDay } from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { CASE_STATUSES, type CaseState, type CaseStatus } from '../domain/kennisrotonde-case.entity';
import { normStanding } from '../domain/kennisrotonde-queue.rules';
import type { ServiceNorm } from '../domain/working-days.rules';
import type { KnowledgeConfig } from '../config/knowledge.config';

class AskerResponse {
  @ApiPropertyOptional({ description: 'personal data: shown to staff, never published; absent once erased' })
  name?: string;

  @ApiPropertyOptional({ description: 'personal data: shown to staff, never published; absent once erased' })
  email?: string;

  @ApiProperty({ enum: ASKER_ROLES })
  role!: AskerRole;
}

/** A Kennisrotonde case as staff see it, with where it stands against the service norm. */
export class CaseResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: AskerResponse })
  asker!: AskerResponse;

  @ApiPropertyOptional({ example: '12AB' })
  brin?: string;

  @ApiProperty()
  question!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  receivedOn!: CalendarDay;

  @ApiProperty({ description: 'the school took part in the programme when the question came in' })
  priority!: boolean;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ type: 'string', format: 'date', description: 'the last day of the service norm' })
  dueOn!: CalendarDay;

  @ApiProperty({ description: 'still open after its due day' })
  overdue!: boolean;

  @ApiProperty()
  daysOverdue!: number;

  @ApiProperty()
  workingDaysOverdue!: number;

  @ApiPropertyOptional({ type: 'string', format: 'date' })
  acceptedOn?: CalendarDay;

  @ApiPropertyOptional()
  declined?: CaseState['declined'];

  @ApiPropertyOptional()
  assignment?: CaseState['assignment'];

  @ApiPropertyOptional()
  answer?: CaseState['answer'];

  @ApiPropertyOptional({
    description: 'published as, or redirected to, a knowledge product; or kept unpublished',
  })
  outcome?: CaseState['outcome'];

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: "the day the asker's name and e-mail were erased on request",
  })
  askerErasedOn?: CalendarDay;
}

/** The norm as configured. */
export function serviceNormOf(config: KnowledgeConfig): ServiceNorm {
  const holidays = config.KENNISROTONDE_HOLIDAYS.split(',').filter((day) => day !== '');
  return { workingDays: config.KENNISROTONDE_NORM_WORKING_DAYS, holidays };
}

export function caseResponse(stored: Stored<CaseState>, norm: ServiceNorm, today: CalendarDay): CaseResponse {
  const { state } = stored;
  return {
    ...state,
    version: stored.version,
    asker: { ...state.asker },
    ...normStanding(state, today, norm),
  };
}
