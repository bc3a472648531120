import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What else to erase with the contact person: free text of the inquiry that names them. */
export class EraseInquiryContactRequestDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['Anna de Vries', 'mevrouw De Vries'],
    description:
      'texts (the person as staff wrote them) to replace by "[verwijderd]" in the question, the conversation notes and the referral notes, in every version',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(200, { each: true })
  alsoRemove?: string[];
}
