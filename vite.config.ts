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
    // One bundle of about 2 MB (ag-grid and recharts are most of it), read from disk or
    // loopback, never from a network: splitting it would not make the first screen faster.
    chunkSizeWarningLimit: 3000,
  },
});
