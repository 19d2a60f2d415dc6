import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The public statistics page is its own small app (React and the charts, none of the staff app),
 * built right after the staff app into dist/statistics; the server serves it at /statistics/.
 */
function publicStatisticsPage(): Plugin {
  return {
    name: 'atrama-public-statistics',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root: here('./src/web/statistics'),
        base: '/statistics/',
        publicDir: here('./src/web/staff/public'),
        plugins: [react()],
        build: { outDir: here('./dist/statistics'), emptyOutDir: true },
      });
    },
  };
}

// The staff web app lives in src/web/staff; the API server serves the build at /staff/.
export default defineConfig({
  root: here('./src/web/staff'),
  base: '/staff/',
  plugins: [react(), publicStatisticsPage()],
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
