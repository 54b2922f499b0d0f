import { defineConfig } from 'vitest/config';
import { env, resolve, server } from './vitest.shared.js';

export default defineConfig({
  resolve,
  test: {
    env,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/visual/**', 'node_modules/**'],
    globalSetup: ['tests/setup/bundle.ts'],
    server,
    testTimeout: 30_000,
    pool: 'forks',
  },
});
