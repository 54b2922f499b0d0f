import { defineConfig } from 'vitest/config';
import { env } from './vitest.shared.js';

// Slow tests that render decks with LibreOffice (and later Chromium): `npm run test:render`.
export default defineConfig({
  test: {
    env,
    include: ['tests/visual/**/*.test.ts'],
    globalSetup: ['tests/setup/bundle.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
