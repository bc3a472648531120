// Preloaded into the monitoring service by the benchmark when asked (BENCH_SERVICE_NODE_ARGS="--require
// ./bench/monitoring/service-trace.js", BENCH_TRACE_FILE=<path>): writes one line per garbage collection of
// 5 ms or more and per event-loop stall of 20 ms or more, with the wall clock (epoch ms), so they can be laid
// next to the probes' log (BENCH_PROBE_LOG) and the service's debug log (flushes, checkpoints). Diagnostics
// only; the service knows nothing of it.
const { appendFileSync, writeFileSync } = require('node:fs');
const { PerformanceObserver, constants, performance } = require('node:perf_hooks');

const file = process.env.BENCH_TRACE_FILE;
if (file) {
  writeFileSync(file, '');
  const origin = performance.timeOrigin;
  const line = (text) => appendFileSync(file, `${text}\n`);
  const kinds = {
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration < 5) continue;
      const heap = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
      line(
        `${Math.round(origin + entry.startTime)} gc ${kinds[entry.detail?.kind] ?? entry.detail?.kind} ${entry.duration.toFixed(1)} ms heap ${heap} MB`,
      );
    }
  }).observe({ entryTypes: ['gc'] });
  // A timer every 10 ms: a tick later than that by 20 ms or more is a stall of the event loop.
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - 10;
    if (late >= 20) line(`${Math.round(origin + last)} stall ${late.toFixed(0)} ms`);
    last = now;
  }, 10).unref();
}
