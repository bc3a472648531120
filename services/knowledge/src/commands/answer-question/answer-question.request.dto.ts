import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SourceLinkDto } from '../../http/content.request.dto';
import { NotAfterToday } from '@okr/service-kit';

export class AnswerQuestionRequestDto {
  @ApiProperty({ description: "the broker's answer from the literature, Markdown" })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  text!: string;

  @ApiProperty({ type: [SourceLinkDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SourceLinkDto)
  sources!: SourceLinkDto[];

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'the day of this step; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  answeredOn?: string;
}
