import { PartialType } from '@nestjs/swagger';
import { SchoolFactsDto } from '../register-school/register-school.request.dto';

/** The fields to change; a field left out keeps its value. */
export class UpdateSchoolProfileRequestDto extends PartialType(SchoolFactsDto) {}
