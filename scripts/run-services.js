// Runs every built service under services/ side by side, and the console (apps/console) in front of them, prefixing
// each output line with the process's name, and passes SIGINT/SIGTERM on so that each one stops gracefully.
const { spawn } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const readline = require('node:readline');

const servicesDir = join(__dirname, '..', 'services');
const services = existsSync(servicesDir)
  ? readdirSync(servicesDir).filter((name) => existsSync(join(servicesDir, name, 'dist', 'main.js')))
  : [];

if (services.length === 0) {
  console.log('No services under services/ yet: the infrastructure is up (npm run infra:down stops it).');
  process.exit(0);
}

// Telemetry is preloaded so that it instruments NestJS, MongoDB, ioredis and kafkajs before they load (ADR 0009).
// kafkajs 2.2.4 asks for a negative timeout, which Node 24 warns about and runs after 1 ms, as Node always did
// (kafkajs issue 1751, fixed in no release): the warning says nothing to whoever reads the logs.
const serviceArgs = ['--disable-warning=TimeoutNegativeWarning', '--require', '@okr/service-kit/telemetry'];
const processes = services.map((name) => ({
  name,
  args: [...serviceArgs, join(servicesDir, name, 'dist', 'main.js')],
}));
// The console serves the browser app on CONSOLE_PORT and passes /api/<service>/… on to the services (ADR 0011).
const consoleEntry = join(__dirname, '..', 'apps', 'console', 'dist', 'server', 'main.js');
if (existsSync(consoleEntry)) processes.push({ name: 'console', args: [consoleEntry] });

const children = processes.map(({ name, args }) => {
  const child = spawn(process.execPath, args, {
    // Each service uses its own default port; a global PORT would make them collide.
    env: { ...process.env, PORT: process.env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return { name, child, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
});
console.log(`Started: ${processes.map(({ name }) => name).join(', ')}. Ctrl-C stops them.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    for (const { child } of children) child.kill('SIGTERM');
  });
}

Promise.all(
  children.map(({ name, exited }) =>
    exited.then((code) => {
      if (!stopping) console.error(`[${name}] exited with code ${code}`);
      return code;
    }),
  ),
).then((codes) => process.exit(codes.every((code) => code === 0) ? 0 : 1));
