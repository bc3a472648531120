// A Jest reporter that keeps the test files running now in reports/jest-running.txt, so that when a run has to be
// stopped (scripts/test.sh) it can say which file never finished. It prints nothing.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const output = join(root, 'reports', 'jest-running.txt');

class RunningFileReporter {
  constructor() {
    this.running = new Set();
  }

  onTestFileStart(test) {
    this.running.add(relative(root, test.path));
    this.write();
  }

  onTestFileResult(test) {
    this.running.delete(relative(root, test.path));
    this.write();
  }

  write() {
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(output, [...this.running].map((file) => `${file}\n`).join(''));
  }
}

module.exports = RunningFileReporter;
