/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Go server embeds dist/, so the build must be reproducible: no timestamps,
// no absolute paths, content-hashed file names only.

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    rolldownOptions: {
      // One entry per HTML page: the team app, and the customer's web chat, which
      // shares only React and the thread components with it (not the team bundle).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        chat: fileURLToPath(new URL('./chat.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // Keep the Host header as the browser sent it: the server checks Origin
      // against it for cookie-authenticated writes.
      '/api': { target: 'http://127.0.0.1:8080', ws: true, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
