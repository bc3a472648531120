import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBrin, IsSchoolYear } from '@okr/contracts';
import { AggregateStore } from '@okr/messaging';
import { Roles } from '@okr/service-kit';
import { IsOptional } from 'class-validator';
import type { CourseState } from '../../domain/course.entity';
import { courseResponse, CourseResponse } from '../../http/courses.response';
import { READERS } from '../../http/roles';
import { AGGREGATE_TYPES } from '../../infrastructure/expert-schools.aggregates';

export class ListCoursesQueryDto {
  @ApiPropertyOptional({ example: '12AB' })
  @IsOptional()
  @IsBrin()
  expertSchoolBrin?: string;

  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @IsSchoolYear()
  schoolYear?: string;
}

@ApiTags('courses')
@Controller('courses')
export class ListCoursesHttpController {
  constructor(private readonly store: AggregateStore) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Courses and knowledge-sharing sessions, by expert school or school year' })
  @ApiOkResponse({ type: [CourseResponse] })
  async list(@Query() query: ListCoursesQueryDto): Promise<CourseResponse[]> {
    const fixed: Record<string, string> =
      query.expertSchoolBrin !== undefined ? { expertSchoolBrin: query.expertSchoolBrin } : {};
    return (await this.store.list<CourseState>(AGGREGATE_TYPES.course, fixed))
      .filter(({ state }) => query.schoolYear === undefined || state.schoolYear === query.schoolYear)
      .sort((a, b) => a.state.givenOn.localeCompare(b.state.givenOn))
      .map(courseResponse);
  }
}
