import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints a file planted in a real project (so type information and Nx's project graph apply), then removes it. */
async function lintPlanted(relativePath: string, source: string): Promise<LintMessage[]> {
  const path = join(repoRoot, relativePath);
  writeFileSync(path, source);
  try {
    // The boundary rule reads Nx's cached project graph and does nothing without one.
    await run('npx', ['nx', 'show', 'projects'], {
      cwd: repoRoot,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    const result = await run('npx', ['eslint', '--format', 'json', relativePath], { cwd: repoRoot }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }),
    );
    const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
    return report?.messages ?? [];
  } finally {
    rmSync(path, { force: true });
  }
}

describe('architecture rules enforced by lint', () => {
  const suffix = randomBytes(4).toString('hex');

  it('refuses NestJS, mongoose, kafkajs and ioredis inside a service’s domain folder', async () => {
    const messages = await lintPlanted(
      `services/enrolment/src/domain/zz-probe-${suffix}.entity.ts`,
      [
        "import { Injectable } from '@nestjs/common';",
        "import { Schema } from 'mongoose';",
        "import { Kafka } from 'kafkajs';",
        "import Redis from 'ioredis';",
        'export const frameworks = [Injectable, Schema, Kafka, Redis];',
        '',
      ].join('\n'),
    );

    const refused = messages.filter(
      (message) => message.ruleId === '@typescript-eslint/no-restricted-imports',
    );
    expect(refused.map((message) => /'([^']+)' import/.exec(message.message)?.[1])).toEqual([
      '@nestjs/common',
      'mongoose',
      'kafkajs',
      'ioredis',
    ]);
  }, 120_000);

  it('refuses a service reaching into another project by path instead of its public entry', async () => {
    const messages = await lintPlanted(
      `services/enrolment/src/zz-probe-${suffix}.ts`,
      "import { CommitStore } from '../../../libs/messaging/src/outbox/commit-store';\nexport const store = CommitStore;\n",
    );

    expect(messages.map((message) => message.ruleId)).toContain('@nx/enforce-module-boundaries');
  }, 120_000);
});
