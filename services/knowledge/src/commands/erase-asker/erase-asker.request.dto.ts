import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What else to erase with the asker: free text of the case that names them. */
export class EraseAskerRequestDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['Fatima El Amrani', 'mevrouw El Amrani'],
    description:
      'texts (the person as staff or the asker wrote them) to replace by "[verwijderd]" in the question, the answer and a declination note, in every version',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(200, { each: true })
  alsoRemove?: string[];
}
