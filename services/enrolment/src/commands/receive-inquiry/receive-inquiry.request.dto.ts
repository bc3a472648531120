import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INQUIRY_CHANNELS,
  IsBrin,
  OnlyWhen,
  RequiredWhen,
  type InquiryChannel,
  IsWithinProgrammeDays,
} from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import type { ReceiveInquiry } from './receive-inquiry.handler';
import type { Requested } from '../requested-command';

/** Who to call back. Personal data: kept in the inquiry's state only, erasable on request. */
export class ContactPersonDto {
  @ApiProperty({ example: 'Anna de Vries' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'a.devries@regenboog.nl' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+31 6 12345678' })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: 'phone is a telephone number, e.g. +31 6 12345678' })
  phone?: string;
}

const unregistered = (body: ReceiveInquiryRequestDto): boolean => body.brin === undefined;

/** A question from a registered school (by BRIN) or from one not yet registered (by name, with a contact). */
export class ReceiveInquiryRequestDto {
  @ApiPropertyOptional({ example: '12AB', description: 'the BRIN of a registered school' })
  @IsOptional()
  @IsBrin()
  brin?: string;

  @ApiPropertyOptional({
    example: 'Basisschool De Linde',
    description: 'the name of a school that is not registered; required (and only allowed) without brin',
  })
  @RequiredWhen(unregistered, 'brin is absent')
  @OnlyWhen(unregistered, 'brin is absent')
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  schoolName?: string;

  @ApiPropertyOptional({
    type: ContactPersonDto,
    description: 'who asked; required without brin, since nobody could be called back otherwise',
  })
  @RequiredWhen(unregistered, 'brin is absent')
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contact?: ContactPersonDto;

  @ApiProperty({ enum: INQUIRY_CHANNELS })
  @IsIn(INQUIRY_CHANNELS)
  channel!: InquiryChannel;

  @ApiPropertyOptional({ example: 'Kunnen wij meedoen met Groeikracht?' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  question?: string;

  @ApiPropertyOptional({
    example: '2025-03-03T09:30:00Z',
    description: 'when the help desk received it, ISO 8601 with a zone; now when left out',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsWithinProgrammeDays()
  @NotAfterToday()
  // A day alone would be read as midnight UTC, a day early or late in Dutch time; a moment needs its zone.
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'receivedAt is a moment with a time and a zone, e.g. 2025-03-03T09:30:00Z',
  })
  receivedAt?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function receiveInquiryCommand(
  body: ReceiveInquiryRequestDto,
  clock: Clock,
): Requested<ReceiveInquiry> {
  return {
    school:
      body.brin !== undefined
        ? { kind: 'registered', brin: body.brin }
        : { kind: 'unregistered', schoolName: body.schoolName ?? '' },
    ...(body.contact ? { contact: { ...body.contact } } : {}),
    channel: body.channel,
    ...(body.question !== undefined ? { question: body.question } : {}),
    receivedAt: body.receivedAt !== undefined ? new Date(body.receivedAt) : clock.now(),
  };
}
