import { defineConfig } from 'vitest/config';
import { resolve, server } from './vitest.shared.js';

export default defineConfig({
  resolve,
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/visual/**', 'node_modules/**'],
    globalSetup: ['tests/setup/bundle.ts'],
    server,
    testTimeout: 30_000,
    pool: 'forks',
  },
});
