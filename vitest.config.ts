import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Fixture pages are 0.5 MB each and the editors' tests type key by key through happy-dom:
    // both take a while on a busy 2-core machine. Generous room, never a timing assertion.
    testTimeout: 60_000,
  },
});
