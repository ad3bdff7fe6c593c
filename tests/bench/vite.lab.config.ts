// Builds the benchmark's helper page as one self-contained module (dist/bench-lab/lab.js), so
// adding it to a copy of dist/chrome leaves the store popup's own chunks byte-identical.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [preact()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench-lab', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    minify: true,
    lib: { entry: fileURLToPath(new URL('lab/lab.ts', import.meta.url)), formats: ['es'], fileName: () => 'lab.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
