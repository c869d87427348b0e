#!/usr/bin/env node
// The `cdht-data` command (bin in package.json, built to dist/cli.cjs with a shebang). The edge
// of the CLI: it hands the process's streams, environment and file system to runCli and sets the
// exit code. Everything else is in modules that tests call directly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { outputPreferences } from './args.js'
import { failureLine, runCli } from './run.js'
import { stdoutFailure, writeFilesAtomically } from './writeFiles.js'

// Nearest package.json named cdht-data above this file: dist/ once built, src/cli/ under tsx.
function packageVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 4; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
      if (manifest.name === 'cdht-data' && typeof manifest.version === 'string') return manifest.version
    } catch {
      // No package.json here: look one folder up.
    }
    folder = dirname(folder)
  }
  return 'unknown'
}

// `cdht-data list observations | head` closes the pipe early: that is the reader's choice, not
// a failure worth a stack trace.
// Any other write error (`> /dev/full`: ENOSPC) is said in one line, not a bare exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  const { lang, json } = outputPreferences(process.argv.slice(2), process.env)
  process.stderr.write(failureLine(stdoutFailure(error, lang), lang, json))
  process.exit(1)
})

// No top-level await: the CLI is built as CommonJS (tsup.config.ts says why).
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  writeFile: (path, content) => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
  },
  writeFiles: writeFilesAtomically,
  packageVersion,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code
})
