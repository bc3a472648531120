// Builds the console into dist/public, which its server (server/main.ts) serves with the API proxy. In development
// (`npm run dev -w apps/console`) Vite serves the sources and sends API and sign-in calls to that server, so the
// proxy's rules live in one place.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const consoleServer = `http://127.0.0.1:${process.env['CONSOLE_PORT'] || '3000'}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // React, the NL Design System components and the OIDC client make one shared chunk of about 170 kB gzipped; each
  // area is a chunk of its own (shell/areas.ts).
  build: { outDir: 'dist/public', emptyOutDir: true, chunkSizeWarningLimit: 700 },
  server: {
    proxy: {
      '/api': consoleServer,
      '/auth': consoleServer,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
