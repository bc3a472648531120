import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './redis-server';

/** The repository's root, from which a TypeScript entry point runs with the workspace's path aliases. */
const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

/** A script running as a child process, the way `npm start` runs a service, that a test can kill. */
export interface StartedProcess {
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Settles with the exit code (null after a signal) once it has exited. */
  readonly exited: Promise<number | null>;
  /** Waits until its output contains `text`; throws with the output if it exits first or `timeoutMs` passes. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
  /** SIGKILL, as the OOM killer or a lost node would end it; waits until it has exited. */
  kill(): Promise<void>;
  /** SIGTERM, a graceful stop; waits until it has exited and answers the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs a TypeScript entry point (a service's main, or any script) with node and swc, in an environment of
 * `process.env` overridden by `env`. Answers at once; wait for readiness with `eventually` or `startService`.
 */
export function startProcess(script: string, env: NodeJS.ProcessEnv = {}): StartedProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const waitForOutput = (text: string, timeoutMs = 30_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!output.includes(text)) return;
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve();
      };
      const timer = setTimeout(
        () => reject(new Error(`no "${text}" in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`exited before it wrote "${text}":\n${output}`));
      });
      check();
    });
  return {
    child,
    output: () => output,
    exited,
    waitForOutput,
    kill: async () => {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (running()) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A service started as a child process on a port of its own, answering on `baseUrl`. */
export interface StartedService extends StartedProcess {
  readonly baseUrl: string;
}

/**
 * Starts a service's entry point (see startProcess) on `port` (a free one by default) and waits until its `readyPath` answers 200
 * (`/health/ready` by default); throws with its output if it exits first or is not ready within `timeoutMs`.
 */
export async function startService(
  script: string,
  options: { env?: NodeJS.ProcessEnv; port?: number; readyPath?: string; timeoutMs?: number } = {},
): Promise<StartedService> {
  const port = options.port ?? (await freePort());
  const started = startProcess(script, { ...options.env, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (started.child.exitCode !== null) {
      throw new Error(`the service exited before it was ready:\n${started.output()}`);
    }
    const response = await fetch(`${baseUrl}${options.readyPath ?? '/health/ready'}`).catch(() => undefined);
    if (response?.status === 200) return { ...started, baseUrl };
    if (Date.now() > deadline) {
      await started.kill();
      throw new Error(`the service was not ready in time:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
