import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..');

interface PackageJson {
  engines: { node: string };
  devDependencies: Record<string, string>;
}

const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
const pinnedNode = packageJson.devDependencies['node'] ?? '';
const pinnedMajor = pinnedNode.split('.')[0];

// The README promises that both commands run the platform on the pinned Node whatever the machine's own Node is;
// these keep the places that name a Node version from drifting apart.
describe('the Node runtime', () => {
  it('pins an exact Node 24 LTS release in devDependencies', () => {
    expect(pinnedNode).toMatch(/^24\.\d+\.\d+$/);
  });

  it('runs the tests on the pinned Node, not on the machine’s own', () => {
    expect(process.versions.node).toBe(pinnedNode);
  });

  it('gives the services the pinned Node through npm scripts and the repository scripts', async () => {
    const { stdout } = await run(
      'bash',
      ['-c', 'source scripts/common.sh && node -p process.versions.node'],
      {
        cwd: repoRoot,
        // A PATH without node_modules/.bin, as in a terminal: common.sh must put the project's Node first itself.
        env: { ...process.env, PATH: (process.env['PATH'] ?? '').replace(/[^:]*node_modules\/\.bin:?/g, '') },
      },
    );
    expect(stdout.trim()).toBe(pinnedNode);
  });

  it('declares the same major in engines and in the container images of the services and the console', () => {
    expect(packageJson.engines.node).toMatch(new RegExp(`^>=${pinnedMajor}\\.`));
    for (const dockerfile of [
      ['deploy', 'docker', 'service.Dockerfile'],
      ['apps', 'console', 'Dockerfile'],
    ]) {
      const text = readFileSync(join(repoRoot, ...dockerfile), 'utf8');
      expect(text).toMatch(new RegExp(`^ARG NODE_IMAGE=node:${pinnedMajor}-`, 'm'));
    }
  });
});
