import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { RequestInformation } from './request-information.handler';
import type { Requested } from '../requested-command';

export class RequestInformationRequestDto {
  @ApiProperty({
    example: 'Welke leerjaren doen mee, en hoe wordt het team vrijgeroosterd?',
    description: 'what the school is asked; stays in this service',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  question!: string;

  @ApiPropertyOptional({
    example: '2025-03-20',
    format: 'date',
    description:
      'the day it was asked, from which the decision clock stands still; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  requestedOn?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function requestInformationCommand(
  body: RequestInformationRequestDto,
  applicationId: string,
  clock: Clock,
): Requested<RequestInformation> {
  return { applicationId, question: body.question, requestedOn: body.requestedOn ?? clock.today() };
}
