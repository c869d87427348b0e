// Packs the package and installs the tarball into a scratch consumer project (offline, from
// the npm cache), once; the benchmarks run against what users install.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..')

/** Packs the built package into `.tmp/<name>` and installs it there; returns the consumer dir and tarball. */
export function installPacked(name) {
  const work = join(root, '.tmp', name)
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))
  const tarball = join(work, filename)
  const consumer = join(work, 'consumer')
  mkdirSync(consumer)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: consumer, stdio: 'ignore' })
  return { consumer, tarball }
}
