import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ImportYearlyResultsRequestDto {
  @ApiProperty({
    description:
      'the CSV file as text: a header naming brin, schoolYear, schoolGroup, meanTestScore, havoVwoShare (any order, comma- or semicolon-separated), then one row per school and year',
    example:
      'brin,schoolYear,schoolGroup,meanTestScore,havoVwoShare\n12AB,2023-2024,5,535.2,41\n34CD,2023-2024,5,528,',
  })
  @IsString()
  @MinLength(1)
  // The service reads a body of at most 1 MiB; the text leaves room for the JSON around it.
  @MaxLength(1_000_000)
  csv!: string;
}
