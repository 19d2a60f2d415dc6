import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The staff web app lives in src/web/staff; the API server serves the build at /staff/.
export default defineConfig({
  root: here('./src/web/staff'),
  base: '/staff/',
  plugins: [react()],
  build: {
    outDir: '../../../dist/staff',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
