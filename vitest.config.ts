// Vitest for Waymark: a test's time limit guards against hangs only; these machines are shared and their speed varies threefold.
// The browser tests are a project of their own, so that the one Chromium they share (and the sites they read) is started only when they run.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/browser/**'] } },
      // A page in a real browser on a busy machine can take many seconds: these limits, too, only catch a hang.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/global-setup.ts'], testTimeout: 180_000 } },
    ],
  },
});
