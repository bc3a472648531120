import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { HoldExploratoryConversation } from './hold-exploratory-conversation.handler';
import type { Requested } from '../requested-command';

export class HoldExploratoryConversationRequestDto {
  @ApiPropertyOptional({
    example: '2025-03-05',
    format: 'date',
    description: 'the day of the conversation; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  heldOn?: string;

  @ApiProperty({ example: 'Team wil werken aan begrijpend lezen; Groeikracht past mogelijk.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  notes!: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function holdConversationCommand(
  body: HoldExploratoryConversationRequestDto,
  inquiryId: string,
  clock: Clock,
): Requested<HoldExploratoryConversation> {
  return { inquiryId, heldOn: body.heldOn ?? clock.today(), notes: body.notes };
}
