import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const root = resolve(import.meta.dirname, '../..')

declare module 'vitest' {
  export interface ProvidedContext {
    consumerDir: string
    tarball: string
  }
}

function packHere(work: string): string {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string }[]
  return join(work, packed[0]!.filename)
}

/** Packs the built package and installs the tarball into a fresh consumer project, once per run. */
export default function setup(project: TestProject): void {
  const work = join(root, '.tmp/package-test')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  // The gate packs once and shares the tarball (CDHT_TARBALL); alone, this run packs its own.
  const tarball = process.env.CDHT_TARBALL ?? packHere(work)

  const consumerDir = join(work, 'consumer')
  mkdirSync(consumerDir)
  writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }
  // zod is an optional peer: a user of cdht-data/schema installs it beside the package.
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `zod@${rootPackage.devDependencies.zod}`],
    { cwd: consumerDir, stdio: 'inherit' },
  )
  project.provide('consumerDir', consumerDir)
  project.provide('tarball', tarball)
}
