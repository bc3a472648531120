// Prints what a Node.js diagnostic report says a stuck process was doing: its JavaScript stack and its open
// handles (sockets with their peers, timers, child processes). `npm test` calls it when Jest runs past its time.
const { readFileSync } = require('node:fs');

const files = process.argv.slice(2).filter((file) => !file.includes('*'));
if (files.length === 0) {
  console.log('no diagnostic report was written (the process did not answer SIGUSR2)');
  process.exit(0);
}

for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  console.log(`diagnostic report ${file} (pid ${report.header.processId}):`);
  const stack = report.javascriptStack ?? {};
  console.log(`  JavaScript stack: ${stack.message ?? '(none)'}`);
  for (const frame of stack.stack ?? []) console.log(`    ${frame.trim()}`);

  // Node's own loop handles (async, check, idle, prepare, signal, loop) are in every report and say nothing.
  const internal = new Set(['async', 'check', 'idle', 'prepare', 'signal', 'loop']);
  const active = (report.libuv ?? []).filter(
    (handle) => !internal.has(handle.type) && (handle.is_active || handle.is_referenced),
  );
  const byType = new Map();
  for (const handle of active) byType.set(handle.type, (byType.get(handle.type) ?? 0) + 1);
  console.log(
    `  open handles: ${[...byType].map(([type, count]) => `${type} ${count}`).join(', ') || 'none'}`,
  );
  for (const handle of active) {
    if (handle.type === 'tcp') {
      const local = handle.localEndpoint ? `${handle.localEndpoint.host}:${handle.localEndpoint.port}` : '?';
      const remote = handle.remoteEndpoint
        ? `${handle.remoteEndpoint.host}:${handle.remoteEndpoint.port}`
        : 'listening';
      console.log(`    tcp ${local} -> ${remote}`);
    } else if (handle.type === 'timer') {
      console.log(`    timer firing in ${handle.firesInMsFromNow} ms${handle.expired ? ' (expired)' : ''}`);
    } else if (handle.type === 'process') {
      console.log(`    child process ${handle.pid}`);
    }
  }
}
