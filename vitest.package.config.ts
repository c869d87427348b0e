import { defineConfig } from 'vitest/config'

// Tests of what users download: they run against the packed tarball installed in a scratch
// consumer project, never against src.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    globalSetup: ['test/package/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
