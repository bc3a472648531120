import { ApiProperty } from '@nestjs/swagger';
import {
  IsPillarCode,
  IsThemeCodes,
  KNOWLEDGE_SECTORS,
  type KnowledgeSector,
  type PillarCode,
} from '@okr/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { ProductContent } from '../domain/product.entity';

export class SourceLinkDto {
  @ApiProperty({ example: 'Meta-analyse woordenschatinstructie (2019)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'https://www.nro.nl/onderzoeksprojecten/woordenschat' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url!: string;
}

export class CoCreationCountsDto {
  @ApiProperty({ minimum: 0, example: 3 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  teachers!: number;

  @ApiProperty({ minimum: 0, example: 1 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  schoolLeaders!: number;

  @ApiProperty({ minimum: 0, example: 1 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  teacherEducators!: number;

  @ApiProperty({ minimum: 0, example: 2 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  researchers!: number;
}

/** What editors write for a version of a product. */
export class ProductContentDto {
  @ApiProperty({ example: 'Woordenschatonderwijs' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'Wat we uit onderzoek weten over woordenschatonderwijs in het po en vo.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  summary!: string;

  @ApiProperty({
    description: 'the text, Markdown',
    example: '## Wat werkt\n\nDirecte instructie van woorden…',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200_000)
  body!: string;

  @ApiProperty({ type: [String], example: ['woordenschat', 'taal-en-lezen'] })
  @IsThemeCodes()
  themes!: string[];

  @ApiProperty({ enum: KNOWLEDGE_SECTORS, isArray: true, example: ['PO', 'VO'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(KNOWLEDGE_SECTORS, { each: true })
  sectors!: KnowledgeSector[];

  @ApiProperty({
    type: [String],
    example: ['P3.A', 'P5.A'],
    description: 'codes of the seven pillars (seed 002)',
  })
  @IsArray()
  @ArrayUnique()
  @IsPillarCode({ each: true })
  pillarCodes!: PillarCode[];

  @ApiProperty({ type: [SourceLinkDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SourceLinkDto)
  sources!: SourceLinkDto[];

  @ApiProperty({ type: CoCreationCountsDto, description: 'how many people of each role made this version' })
  @IsObject()
  @ValidateNested()
  @Type(() => CoCreationCountsDto)
  coCreation!: CoCreationCountsDto;
}

/** The content as the domain takes it (plain objects, not DTO instances). */
export function contentOf(dto: ProductContentDto): ProductContent {
  return {
    title: dto.title.trim(),
    summary: dto.summary.trim(),
    body: dto.body,
    themes: [...dto.themes],
    sectors: [...dto.sectors],
    pillarCodes: [...dto.pillarCodes],
    sources: dto.sources.map(({ title, url }) => ({ title: title.trim(), url })),
    coCreation: { ...dto.coCreation },
  };
}
