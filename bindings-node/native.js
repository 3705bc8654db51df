'use strict'
// Loads the native addon of pingxx (the Rust core built with napi-rs). In order:
//   1. PINGXX_NATIVE_PATH, when set: that .node file and nothing else;
//   2. a local build next to this file (`npm run build` writes pingxx.<platform>.node);
//   3. the prebuilt platform package `pingxx-<platform>`, one of the optionalDependencies of
//      `pingxx` (package.json lists them: the one list of prebuilt platforms).
// When none loads, the error says which platform package is missing and how to get it.
// <platform> follows napi-rs names: linux-x64-gnu, linux-arm64-musl, darwin-arm64, win32-x64-msvc.

const { existsSync } = require('node:fs')
const { join } = require('node:path')

/** glibc or musl, from the runtime's own report (no child process). */
function linuxLibc() {
  try {
    const report = process.report && process.report.getReport()
    const header = report && (typeof report === 'string' ? JSON.parse(report).header : report.header)
    if (header && header.glibcVersionRuntime) return 'gnu'
  } catch {
    // no report: fall back to the files a musl system has
  }
  return existsSync('/lib/ld-musl-x86_64.so.1') || existsSync('/lib/ld-musl-aarch64.so.1') ? 'musl' : 'gnu'
}

/** This process's platform in napi-rs naming, e.g. `linux-x64-gnu`. */
function platformName() {
  const base = `${process.platform}-${process.arch}`
  if (process.platform === 'linux') return `${base}-${linuxLibc()}`
  if (process.platform === 'win32') return `${base}-msvc`
  return base
}

function load() {
  if (process.env.PINGXX_NATIVE_PATH) return require(process.env.PINGXX_NATIVE_PATH)
  const platform = platformName()
  const local = join(__dirname, `pingxx.${platform}.node`)
  if (existsSync(local)) return require(local)

  const pkg = `pingxx-${platform}`
  const { version, optionalDependencies = {} } = require('./package.json')
  const prebuilt = Object.keys(optionalDependencies).filter((name) => name.startsWith('pingxx-'))
  if (!prebuilt.includes(pkg)) {
    const which = prebuilt.length ? `prebuilt: ${prebuilt.map((p) => p.slice('pingxx-'.length)).join(', ')}` : 'a source checkout'
    throw new Error(
      `pingxx: no binary for ${platform} (${which}) and no local build ${local}. ` +
        'Build it from source: `cd bindings-node && npm install && npm run build` (needs Rust).',
    )
  }
  try {
    return require(pkg)
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(pkg)) {
      throw new Error(
        `pingxx: the platform package ${pkg}@${version} is not installed. It is an optional dependency ` +
          'of pingxx: install without --omit=optional / --no-optional, or add it: ' +
          `\`npm install ${pkg}@${version}\`.`,
        { cause: err },
      )
    }
    throw new Error(`pingxx: ${pkg} is installed but its addon does not load: ${err && err.message}`, { cause: err })
  }
}

module.exports = load()
