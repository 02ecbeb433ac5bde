// Vitest for Waymark: a test's time limit guards against hangs only; these machines are shared and their speed varies threefold.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } });
