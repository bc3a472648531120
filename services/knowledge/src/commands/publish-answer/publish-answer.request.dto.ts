import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsCalendarDate,
  IsPillarCode,
  IsThemeCodes,
  IsWithinProgrammeDays,
  KNOWLEDGE_SECTORS,
  type KnowledgeSector,
  type PillarCode,
} from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CoCreationCountsDto } from '../../http/content.request.dto';
import { NotAfterToday } from '@okr/service-kit';

/** How the answer is presented as a knowledge product; its body and sources are the broker's answer. */
export class PublishAnswerRequestDto {
  @ApiProperty({ example: 'Werkt hardop denken bij begrijpend lezen?' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'Ja, mits de leraar het expliciet voordoet.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  summary!: string;

  @ApiProperty({ type: [String], example: ['begrijpend-lezen'] })
  @IsThemeCodes()
  themes!: string[];

  @ApiProperty({ enum: KNOWLEDGE_SECTORS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(KNOWLEDGE_SECTORS, { each: true })
  sectors!: KnowledgeSector[];

  @ApiProperty({ type: [String], example: ['P3.A'] })
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  pillarCodes!: PillarCode[];

  @ApiPropertyOptional({ type: CoCreationCountsDto, description: 'who helped write it; none when left out' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoCreationCountsDto)
  coCreation?: CoCreationCountsDto;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day of the decision to publish; today when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  publishedOn?: string;
}
