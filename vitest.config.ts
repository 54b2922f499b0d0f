import { defineConfig } from 'vitest/config';
import { shared } from './vitest.shared.js';

export default defineConfig({
  ...shared,
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/visual/**', 'node_modules/**'],
    globalSetup: ['tests/setup/bundle.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
