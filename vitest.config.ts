import { defineConfig } from 'vitest/config';
import { env } from './vitest.shared.js';

export default defineConfig({
  test: {
    env,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/visual/**', 'node_modules/**'],
    globalSetup: ['tests/setup/bundle.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
