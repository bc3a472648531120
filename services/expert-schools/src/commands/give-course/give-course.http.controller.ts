import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { courseResponse, CourseResponse } from '../../http/courses.response';
import { WRITERS } from '../../http/roles';
import { GiveCourseHandler } from './give-course.handler';
import { GiveCourseRequestDto } from './give-course.request.dto';

@ApiTags('courses')
@Controller('courses')
export class GiveCourseHttpController {
  constructor(
    private readonly handler: GiveCourseHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      'Record a course (learning track) or the yearly knowledge-sharing session an expert school gave; publishes CourseGiven',
  })
  @ApiCreatedResponse({ type: CourseResponse })
  @ApiNotFoundResponse({ description: 'EXPERT_SCHOOL.NOT_FOUND' })
  @ApiConflictResponse({
    description: 'COURSE.SESSION_ALREADY_GIVEN: one knowledge-sharing session per school year',
  })
  @ApiUnprocessableEntityResponse({
    description: 'COURSE.PARTICIPANT_IS_HOST; DAY.OUT_OF_ORDER: before certification',
  })
  async give(@Body() body: GiveCourseRequestDto, @Actor() actor: string): Promise<CourseResponse> {
    return courseResponse(
      await this.handler.execute({ ...body, givenOn: body.givenOn ?? this.clock.today(), actor }),
    );
  }
}
