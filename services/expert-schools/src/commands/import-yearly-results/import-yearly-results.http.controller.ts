import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor, Clock, Roles } from '@okr/service-kit';
import { WRITERS } from '../../http/roles';
import { ImportYearlyResultsHandler } from './import-yearly-results.handler';
import { ImportYearlyResultsRequestDto } from './import-yearly-results.request.dto';

export class RowProblemResponse {
  @ApiProperty({ enum: ['brin', 'schoolYear', 'schoolGroup', 'meanTestScore', 'havoVwoShare', 'row'] })
  field!: string;
  @ApiProperty() message!: string;
}

export class RejectedRowResponse {
  @ApiProperty({ description: 'the line in the file; the header is line 1' }) line!: number;
  @ApiProperty({ type: [RowProblemResponse] }) problems!: RowProblemResponse[];
}

/** What an import kept and what it refused, per line. */
export class ImportReportResponse {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ format: 'date' }) importedOn!: string;
  @ApiProperty({ description: 'rows imported' }) accepted!: number;
  @ApiProperty({ description: 'rows refused, each in rejected with its problems' }) rejectedCount!: number;
  @ApiProperty({ type: [RejectedRowResponse] }) rejected!: RejectedRowResponse[];
}

@ApiTags('candidate finder')
@Controller('yearly-results')
export class ImportYearlyResultsHttpController {
  constructor(
    private readonly handler: ImportYearlyResultsHandler,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...WRITERS)
  @ApiOperation({
    summary:
      "Import schools' yearly results (CSV) for the candidate finder; valid rows are kept, the others reported per line",
  })
  @ApiCreatedResponse({ type: ImportReportResponse })
  @ApiUnprocessableEntityResponse({
    description:
      'RESULTS.UNREADABLE: not CSV; RESULTS.MISSING_COLUMNS; RESULTS.TOO_MANY_ROWS; RESULTS.NO_VALID_ROWS (details.rejected lists every line)',
  })
  async import(
    @Body() body: ImportYearlyResultsRequestDto,
    @Actor() actor: string,
  ): Promise<ImportReportResponse> {
    const { state } = await this.handler.execute({ csv: body.csv, importedOn: this.clock.today(), actor });
    return {
      importId: state.importId,
      importedOn: state.importedOn,
      accepted: state.results.length,
      rejectedCount: state.rejected.length,
      rejected: state.rejected.map(({ line, problems }) => ({
        line,
        problems: problems.map((problem) => ({ ...problem })),
      })),
    };
  }
}
