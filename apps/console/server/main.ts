// Serves the built console (dist/public) with the API proxy: `npm start` runs it on CONSOLE_PORT.
import { join } from 'node:path';
import { type ConsoleConfig, loadConsoleConfig } from './console.config';
import { createConsoleServer } from './console-server';

function configOrExit(): ConsoleConfig {
  try {
    return loadConsoleConfig();
  } catch (error) {
    process.stderr.write(
      `console: ${error instanceof Error ? error.message : String(error)}\nSee .env.example.\n`,
    );
    return process.exit(1);
  }
}

const config = configOrExit();
const server = createConsoleServer(config, join(__dirname, '..', 'public'));
server.listen(config.port, config.host, () => {
  process.stdout.write(
    `console listening on http://${config.host}:${config.port} (sign-in: ${config.signIn.mode})\n`,
  );
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Live streams stay open until their browser leaves: end them rather than wait.
    server.closeAllConnections();
  });
}
