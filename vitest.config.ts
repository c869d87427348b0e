import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/package runs against the packed tarball: vitest.package.config.ts.
    exclude: ['test/package/**', 'node_modules/**'],
    // The gate runs this beside the build, TypeDoc and the packed tests on 2 cores: a test that
    // spawns a process or runs a property over every day gets more than vitest's default 5 s.
    testTimeout: 30_000,
    // The type tests (test/**/*.test-d.ts) are checked by `tsc --noEmit` (tsconfig includes test/),
    // so vitest's experimental typecheck, and its warning on every run, are not needed.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/index.ts', 'src/types.ts', 'src/data/ids.ts', 'src/cli/main.ts'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
})
