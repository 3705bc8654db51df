'use strict'
// Shared helpers of the Node suite: repository paths, the emulator process, keys.

const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const readline = require('node:readline')

const REPO = path.resolve(__dirname, '..', '..')
const VECTORS = path.join(REPO, 'tests', 'vectors')

function readVector(name) {
  return JSON.parse(fs.readFileSync(path.join(VECTORS, name), 'utf8'))
}

function readKey(name) {
  return fs.readFileSync(path.join(VECTORS, 'keys', name), 'utf8')
}

// The `pingxx` CLI binary: $PINGXX_BIN, else built with cargo into the usual target dir.
function pingxxBinary() {
  if (process.env.PINGXX_BIN) return process.env.PINGXX_BIN
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target')
  const bin = path.join(targetDir, 'debug', 'pingxx')
  if (!fs.existsSync(bin)) {
    const r = spawnSync('cargo', ['build', '-p', 'pingxx-cli'], { cwd: REPO, stdio: 'inherit' })
    if (r.status !== 0) throw new Error('cargo build -p pingxx-cli failed')
  }
  return bin
}

// Starts `pingxx mock --port 0` and resolves once it prints `listening on URL`.
function startMock(extraArgs = []) {
  const child = spawn(pingxxBinary(), ['mock', '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => {
    stderr += d
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`emulator did not start in 30 s: ${stderr}`))
    }, 30000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`emulator exited with ${code}: ${stderr}`))
    })
    const lines = readline.createInterface({ input: child.stdout })
    lines.once('line', (line) => {
      clearTimeout(timer)
      const m = /^listening on (http:\/\/\S+)/.exec(line)
      if (!m) {
        child.kill()
        reject(new Error(`unexpected first line from the emulator: ${line}`))
        return
      }
      child.removeAllListeners('exit')
      lines.on('line', () => {})
      resolve({
        baseUrl: m[1],
        process: child,
        async control(route, body) {
          const res = await fetch(`${m[1]}${route}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          })
          const text = await res.text()
          if (!res.ok) throw new Error(`${route}: HTTP ${res.status} ${text}`)
          return text ? JSON.parse(text) : null
        },
        stop() {
          return new Promise((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill()
          })
        },
      })
    })
  })
}

module.exports = { REPO, VECTORS, readVector, readKey, pingxxBinary, startMock }
