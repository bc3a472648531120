import type { INestApplication } from '@nestjs/common';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROLES, type Role } from '../auth/roles';
import { freePort } from './redis-server';
import { tokenFor } from './tokens';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const ENSURE_SCRIPT = join(REPO_ROOT, 'scripts', 'ensure-schemathesis.sh');

/**
 * What Schemathesis checks on every response: no 5xx, the status code and content type are documented, and the body
 * matches the documented schema. Negative data (invalid per the document) is generated as well as positive data.
 */
export const FUZZ_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
] as const;

export interface OpenApiFuzzOptions {
  /** Test cases per operation and phase; bounds the run (default 25). */
  maxExamples?: number;
  /** The fuzzer is stopped after this many seconds, and the run fails (default 150; a run takes 5-45 s). */
  timeoutSeconds?: number;
  /** A fixed seed, so that every run sends the same requests (default 1). */
  seed?: number;
  /** The roles of the token every request carries (default every role, so every operation is reached). */
  roles?: Role[];
  /**
   * Schemathesis checks to run (default FUZZ_CHECKS); e.g. add `positive_data_acceptance` to look for data the
   * document allows that the service refuses.
   */
  checks?: readonly string[];
  /**
   * Operations left out, by operationId (`<Controller>_<method>`): only one whose body Schemathesis cannot write
   * (a raw media type such as application/x-ndjson), which its own tests then cover.
   */
  skipOperationIds?: readonly string[];
}

/** The figures of one fuzz run, and Schemathesis' own account of every failure. */
export interface OpenApiFuzzReport {
  /** Test cases generated and sent, positive and negative. */
  requests: number;
  operations: number;
  /** Distinct 5xx failures (per operation). */
  serverErrors: number;
  /** Distinct failures of the document (undocumented status or content type, a body not matching its schema). */
  nonConforming: number;
  seconds: number;
  /** One line per kind of failure: `ST103 Undocumented status code: GET /schools, …`. */
  failures: string[];
  /** Schemathesis' output: each failure with its endpoint, request (as curl), and response. */
  output: string;
  exitCode: number | null;
}

interface SchemathesisJsonReport {
  operations: { tested: number };
  test_cases: { generated: number };
  failures: Array<{ type: string; code: string; title: string; count: number; operations: string[] }>;
  errors: unknown[];
}

const SERVER_ERROR = 'ST101';

/**
 * Serves `app` on a free port of 127.0.0.1 and runs the pinned Schemathesis (scripts/ensure-schemathesis.sh installs
 * it) against its `/docs-json`, with a bearer token carrying `roles`, bounded in examples and time, with a fixed seed.
 * The app keeps listening until the caller closes it.
 */
export async function fuzzOpenApi(
  app: INestApplication,
  options: OpenApiFuzzOptions = {},
): Promise<OpenApiFuzzReport> {
  const {
    maxExamples = 25,
    timeoutSeconds = 150,
    seed = 1,
    roles = [...ROLES],
    checks = FUZZ_CHECKS,
    skipOperationIds = [],
  } = options;
  const st = await ensureSchemathesis();
  const port = await freePort();
  await app.listen(port, '127.0.0.1');
  const token = await tokenFor(roles, 'openapi-fuzz');
  const workDir = await mkdtemp(join(tmpdir(), 'okr-fuzz-'));
  try {
    const started = Date.now();
    const { output, exitCode } = await run(
      st,
      [
        'run',
        `http://127.0.0.1:${port}/docs-json`,
        '--header',
        `Authorization: ${token}`,
        '--checks',
        checks.join(','),
        // Stateful testing needs OpenAPI links, which the documents do not have.
        '--phases',
        'examples,coverage,fuzzing',
        '--mode',
        'all',
        '--max-examples',
        String(maxExamples),
        '--seed',
        String(seed),
        // Nothing remembered between runs: the same seed sends the same requests on every machine.
        '--generation-database',
        'none',
        // Every string with a NUL is refused by the kit (validation.pipe.ts), whatever the document says.
        '--generation-allow-x00',
        'false',
        '--request-timeout',
        '10',
        '--no-color',
        '--report',
        'json',
        '--report-dir',
        workDir,
        ...skipOperationIds.flatMap((operationId) => ['--exclude-operation-id', operationId]),
      ],
      workDir,
      timeoutSeconds * 1000,
    );
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const report = await readJsonReport(workDir);
    if (!report) {
      throw new Error(`Schemathesis wrote no report (exit ${String(exitCode)}):\n${output}`);
    }
    const count = (select: (code: string) => boolean): number =>
      report.failures.filter((failure) => select(failure.code)).reduce((sum, { count }) => sum + count, 0);
    return {
      requests: report.test_cases.generated,
      operations: report.operations.tested,
      serverErrors: count((code) => code === SERVER_ERROR),
      nonConforming: count((code) => code !== SERVER_ERROR),
      seconds,
      failures: report.failures.map(
        ({ code, title, count, operations }) => `${code} ${title} (${count}): ${operations.join(', ')}`,
      ),
      output: report.errors.length > 0 ? output : failureSection(output),
      exitCode,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** One line for the test output: `enrolment: 1571 requests to 44 operations in 5.1 s, 0 × 5xx, 0 non-conforming`. */
export function describeFuzzReport(service: string, report: OpenApiFuzzReport): string {
  return (
    `${service}: ${report.requests} requests to ${report.operations} operations in ${report.seconds} s, ` +
    `${report.serverErrors} × 5xx, ${report.nonConforming} non-conforming`
  );
}

async function ensureSchemathesis(): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [ENSURE_SCRIPT], { cwd: REPO_ROOT });
  const path = stdout.trim().split('\n').pop();
  if (!path) throw new Error(`${ENSURE_SCRIPT} printed no path`);
  return path;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ output: string; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Schemathesis did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve({ output, exitCode });
    });
  });
}

async function readJsonReport(dir: string): Promise<SchemathesisJsonReport | undefined> {
  const file = (await readdir(dir)).find((name) => name.startsWith('json-') && name.endsWith('.json'));
  return file ? (JSON.parse(await readFile(join(dir, file), 'utf8')) as SchemathesisJsonReport) : undefined;
}

/** The failures part of Schemathesis' output (each with its request as curl and the response), without the progress. */
function failureSection(output: string): string {
  const start = output.search(/^=+ FAILURES =+$/m);
  return start >= 0 ? output.slice(start) : output.slice(-4000);
}

/** Throws, with Schemathesis' account of each failure (endpoint, request as curl, response), when the run found any. */
export function assertNoFuzzFailures(report: OpenApiFuzzReport): void {
  if (report.failures.length === 0 && report.exitCode === 0) return;
  throw new Error(
    `the OpenAPI fuzz run failed (exit ${String(report.exitCode)}):\n${report.failures.join('\n')}\n\n${report.output}`,
  );
}
