import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CalendarDay } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import { SERVICE_CONFIG } from '@okr/service-kit';
import type { ExpertSchoolsConfig } from '../../config/expert-schools.config';
import { importResults, type ResultsImportState } from '../../domain/results-import.entity';
import { readResultRows } from '../../domain/yearly-results.value-object';
import { streams } from '../../infrastructure/expert-schools.aggregates';
import { readResultsCsv } from '../../infrastructure/results-csv.reader';

export interface ImportYearlyResults {
  readonly csv: string;
  readonly importedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class ImportYearlyResultsHandler {
  constructor(
    private readonly store: AggregateStore,
    @Inject(SERVICE_CONFIG) private readonly config: ExpertSchoolsConfig,
  ) {}

  async execute({ csv, importedOn, actor }: ImportYearlyResults): Promise<Stored<ResultsImportState>> {
    const rows = readResultRows(readResultsCsv(csv, this.config.RESULTS_IMPORT_MAX_ROWS));
    const importId = randomUUID();
    return this.store.change<ResultsImportState>(
      streams.results(importId),
      { command: 'import-yearly-results', actor, expectNew: true },
      (current) => importResults(current, { importId, importedOn, rows }),
    );
  }
}
