import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: pure core logic and platform code with fake-indexeddb-free in-memory inputs.
// Browser behaviour is tested in tests/e2e against the built extension instead.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
  },
});
