// Builds the renderer into dist/renderer. Relative asset paths (base './') so the same
// build loads from file:// in the desktop app and over HTTP in the browser mode.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // ag-grid and recharts are big; one chunk per library keeps rebuilds and caching sane.
    chunkSizeWarningLimit: 2000,
  },
});
