'use strict'
// Shared helpers of the Node suite: repository paths, the emulator process, keys.

const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const https = require('node:https')
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

// POST `route` with a JSON body to the emulator's control API (http, or https trusting `ca`).
function controlRequest(baseUrl, ca, route, body) {
  const url = new URL(route, baseUrl)
  const mod = url.protocol === 'https:' ? https : http
  const data = body === undefined ? '' : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = mod.request(
      url,
      { method: 'POST', ca, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (d) => {
          text += d
        })
        res.on('end', () => {
          if (res.statusCode < 200 || res.statusCode > 299) reject(new Error(`${route}: HTTP ${res.statusCode} ${text}`))
          else resolve(text ? JSON.parse(text) : null)
        })
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

// Starts `pingxx mock --port 0` and resolves once it prints `listening on URL` (and, with
// --tls, the path of its throw-away CA certificate on the next line: `caPath`, `caPem`).
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
    let baseUrl = null
    const started = (caPath) => {
      clearTimeout(timer)
      child.removeAllListeners('exit')
      lines.removeAllListeners('line')
      lines.on('line', () => {})
      const caPem = caPath ? fs.readFileSync(caPath, 'utf8') : undefined
      resolve({
        baseUrl,
        caPath,
        caPem,
        process: child,
        control: (route, body) => controlRequest(baseUrl, caPem, route, body),
        stop() {
          return new Promise((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill()
          })
        },
      })
    }
    lines.on('line', (line) => {
      if (baseUrl === null) {
        const m = /^listening on (https?:\/\/\S+)/.exec(line)
        if (!m) {
          clearTimeout(timer)
          child.kill()
          reject(new Error(`unexpected first line from the emulator: ${line}`))
          return
        }
        baseUrl = m[1]
        if (baseUrl.startsWith('http:')) started(undefined)
      } else {
        started(line.trim())
      }
    })
  })
}

// One emulator for a test file (`test` is node:test's), reset before each of its tests.
// Returns `{ mock, client }`, filled in by the file's `before` hook: `client` is a Client
// of the seed app that never retries.
function emulatorForFile(test) {
  const env = { mock: null, client: null }
  test.before(async () => {
    const { Client } = require('..')
    env.mock = await startMock()
    env.client = new Client({ apiKey: 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC', appId: 'app_1Gqj58ynP0mHeX1q', apiBase: env.mock.baseUrl, maxRetries: 0 })
  })
  test.after(() => env.mock.stop())
  test.beforeEach(() => env.mock.control('/_mock/reset'))
  return env
}

// For assert.rejects: an API error of HTTP `status` naming `param`.
const apiError = (status, param) => (err) => err.httpStatus === status && err.param === param

module.exports = { REPO, VECTORS, readVector, readKey, pingxxBinary, startMock, emulatorForFile, apiError }
