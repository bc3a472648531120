// The CPU time the infrastructure's processes have used, read from /proc, for the messaging benchmarks. Processes are
// found by their command lines: PostgreSQL's backends name their user and database in theirs ("postgres: ferretdb
// ferretdb …"), so PostgreSQL is told by the start of the command line, and FerretDB by its binary's name. Other work
// on the machine that uses the same servers is counted too: run the benchmarks on a quiet one.
const { execFileSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const SERVERS = {
  kafka: (commandLine) => commandLine.includes('kafka.Kafka'),
  ferretdb: (commandLine) => /(^|\/)ferretdb[^/\0]*\0/.test(commandLine),
  postgres: (commandLine) => commandLine.startsWith('postgres'),
};

/** CPU ms so far of every process whose command line names each server: { kafka, ferretdb, postgres }. */
function serverCpuMs() {
  const snapshot = Object.fromEntries(Object.keys(SERVERS).map((name) => [name, 0]));
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const server = Object.keys(SERVERS).find((name) => SERVERS[name](commandLine));
      if (!server) continue;
      // utime, stime, cutime and cstime (fields 14 to 17; the command name, field 2, may hold spaces, so count after
      // ')'): PostgreSQL's postmaster is charged with the backends that ended.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
      snapshot[server] += (ticks / TICKS_PER_SECOND) * 1000;
    } catch {
      // The process ended meanwhile.
    }
  }
  return snapshot;
}

module.exports = { serverCpuMs };
