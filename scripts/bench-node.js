#!/usr/bin/env node
'use strict'
// Benchmark of the Node package `pingxx` (bindings-node/, built with `npm run build`):
//   1. webhook verify and request sign against node:crypto with a parsed KeyObject
//      (goal: verify >= 0.9x its speed) and against the official SDK's documented
//      pattern (PEM string per call);
//   2. requests per second through the emulator (`pingxx mock`) against the official
//      `pingpp` 2.1.6 npm package (goal >= 2x).
// The official package is installed into a throwaway directory (PINGPP_DIR, default
// a fresh temp dir) with `npm install pingpp@2.1.6`.
//
// Run:  cargo build --release -p pingxx-cli && (cd bindings-node && npm install && npm run build)
//       node scripts/bench-node.js            # BENCH_SECONDS=2 BENCH_REQUESTS=2000 BENCH_CONCURRENCY=16

const { spawn, execFileSync } = require('node:child_process')
const crypto = require('node:crypto')
const fs = require('node:fs')
const http = require('node:http')
const os = require('node:os')
const path = require('node:path')
const readline = require('node:readline')

const REPO = path.resolve(__dirname, '..')
const pingxx = require(path.join(REPO, 'bindings-node'))

const SECONDS = Number(process.env.BENCH_SECONDS || 2)
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 16)

const keyFile = (name) => fs.readFileSync(path.join(REPO, 'tests', 'vectors', 'keys', name), 'utf8')
const PRIVATE_PEM = keyFile('merchant_example_private_key_pkcs1.pem')
const PUBLIC_PEM = keyFile('merchant_example_public_key_spki.pem')

// Calls fn repeatedly for about SECONDS; returns operations per second.
function opsPerSecond(fn) {
  for (let i = 0; i < 200; i++) fn()
  let n = 0
  const start = process.hrtime.bigint()
  const limit = BigInt(Math.round(SECONDS * 1e9))
  let elapsed = 0n
  while (elapsed < limit) {
    for (let i = 0; i < 50; i++) fn()
    n += 50
    elapsed = process.hrtime.bigint() - start
  }
  return n / (Number(elapsed) / 1e9)
}

const fmt = (x) => x.toFixed(0).padStart(9)
const ratio = (a, b) => `${(a / b).toFixed(2)}x`

function cryptoBench() {
  const body = Buffer.from(
    JSON.stringify({
      id: 'evt_401161102173549000000002',
      object: 'event',
      type: 'charge.succeeded',
      livemode: false,
      created: 1477994149,
      data: { object: { id: 'ch_1', object: 'charge', amount: 100, channel: 'alipay', subject: '测试', body: 'b' } },
    }),
  )
  const signature = new pingxx.WebhookSigner(PRIVATE_PEM).sign(body)
  const target = '/v1/charges'
  const ts = 1500000000

  const verifier = new pingxx.WebhookVerifier(PUBLIC_PEM)
  const publicKey = crypto.createPublicKey(PUBLIC_PEM)
  const results = {}
  results.verifyPingxx = opsPerSecond(() => verifier.verify(body, signature))
  results.verifyKeyObject = opsPerSecond(() => {
    if (!crypto.verify('sha256', body, publicKey, Buffer.from(signature, 'base64'))) throw new Error('bad')
    JSON.parse(body.toString('utf8'))
  })
  results.verifySdk = opsPerSecond(() => {
    // The official SDK's documented pattern: createVerify with the PEM per call.
    if (!crypto.createVerify('RSA-SHA256').update(body.toString('utf8'), 'utf8').verify(PUBLIC_PEM, signature, 'base64'))
      throw new Error('bad')
    JSON.parse(body.toString('utf8'))
  })

  const signer = new pingxx.RequestSigner(PRIVATE_PEM)
  const privateKey = crypto.createPrivateKey(PRIVATE_PEM)
  const signed = signer.sign(body, target, ts)
  const viaKeyObject = crypto.sign('sha256', Buffer.concat([body, Buffer.from(target + ts)]), privateKey).toString('base64')
  if (signed !== viaKeyObject) throw new Error('pingxx and node:crypto disagree on a signature')
  results.signPingxx = opsPerSecond(() => signer.sign(body, target, ts))
  results.signKeyObject = opsPerSecond(() =>
    crypto.sign('sha256', Buffer.concat([body, Buffer.from(target + ts)]), privateKey).toString('base64'),
  )
  results.signSdk = opsPerSecond(() =>
    // pingpp's utils.generateSign: createSign with the PEM per call.
    crypto
      .createSign('RSA-SHA256')
      .update(body.toString('utf8') + target + ts, 'utf8')
      .sign(PRIVATE_PEM, 'base64'),
  )
  return results
}

function pingxxBinary() {
  if (process.env.PINGXX_BIN) return process.env.PINGXX_BIN
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target')
  for (const profile of ['release', 'debug']) {
    const bin = path.join(targetDir, profile, 'pingxx')
    if (fs.existsSync(bin)) return bin
  }
  execFileSync('cargo', ['build', '--release', '-p', 'pingxx-cli'], { cwd: REPO, stdio: 'inherit' })
  return path.join(targetDir, 'release', 'pingxx')
}

function startMock() {
  const child = spawn(pingxxBinary(), ['mock', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)))
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      const m = /^listening on (http:\/\/\S+)/.exec(line)
      if (!m) reject(new Error(`unexpected emulator output: ${line}`))
      else resolve({ url: new URL(m[1]), child })
    })
  })
}

function loadOfficialSdk() {
  const dir = process.env.PINGPP_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'pingpp-bench-'))
  const entry = path.join(dir, 'node_modules', 'pingpp')
  if (!fs.existsSync(entry)) {
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"pingpp-bench","private":true}')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', 'pingpp@2.1.6'], { cwd: dir, stdio: 'inherit' })
  }
  return require(entry)
}

// Runs `total` calls of fn with `concurrency` in flight; returns requests per second.
async function throughput(fn, total, concurrency) {
  let next = 0
  const start = process.hrtime.bigint()
  const lane = async () => {
    while (next < total) {
      next++
      await fn()
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  return total / (Number(process.hrtime.bigint() - start) / 1e9)
}

async function requestBench() {
  const mock = await startMock()
  try {
    const apiKey = 'sk_test_bench0000000000000000'
    const client = new pingxx.Client({ apiKey, apiBase: mock.url.origin, appId: 'app_bench0000000001' })
    const charge = await client.charges.create({
      order_no: 'bench0001',
      app: { id: 'app_bench0000000001' },
      channel: 'alipay',
      amount: 100,
      client_ip: '127.0.0.1',
      currency: 'cny',
      subject: 'bench',
      body: 'bench',
    })

    // The official SDK hangs on the second request on Node >= 19: it writes the body on the
    // socket's `connect` event, which a kept-alive socket never fires again. Its only working
    // mode on Node 20 is a fresh connection per request.
    http.globalAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity })
    const pingpp = loadOfficialSdk()(apiKey)
    pingpp.setHost(mock.url.hostname, mock.url.port, 'http')
    const sdkRetrieve = () =>
      new Promise((resolve, reject) =>
        pingpp.charges.retrieve(charge.id, (err, ch) => (err ? reject(err) : ch.id === charge.id ? resolve() : reject(new Error('wrong charge')))),
      )
    const pingxxRetrieve = async () => {
      const ch = await client.charges.retrieve(charge.id)
      if (ch.id !== charge.id) throw new Error('wrong charge')
    }
    await throughput(pingxxRetrieve, 200, CONCURRENCY)
    await throughput(sdkRetrieve, 200, CONCURRENCY)
    const rpsPingxx = await throughput(pingxxRetrieve, REQUESTS, CONCURRENCY)
    const rpsSdk = await throughput(sdkRetrieve, REQUESTS, CONCURRENCY)
    const rpsPingxxSerial = await throughput(pingxxRetrieve, Math.ceil(REQUESTS / 4), 1)
    const rpsSdkSerial = await throughput(sdkRetrieve, Math.ceil(REQUESTS / 4), 1)
    return { rpsPingxx, rpsSdk, rpsPingxxSerial, rpsSdkSerial }
  } finally {
    mock.child.kill()
  }
}

async function main() {
  console.log(`pingxx ${pingxx.VERSION} on Node ${process.version}, ${os.cpus().length} CPUs`)
  const c = cryptoBench()
  console.log('\nops/s                              pingxx  node:crypto KeyObject  SDK pattern (PEM per call)')
  console.log(`webhook verify (+ JSON.parse) ${fmt(c.verifyPingxx)}  ${fmt(c.verifyKeyObject)}              ${fmt(c.verifySdk)}`)
  console.log(`request sign                  ${fmt(c.signPingxx)}  ${fmt(c.signKeyObject)}              ${fmt(c.signSdk)}`)
  console.log(`\nverify: ${ratio(c.verifyPingxx, c.verifyKeyObject)} node:crypto KeyObject (goal >= 0.90x), ${ratio(c.verifyPingxx, c.verifySdk)} SDK pattern`)
  console.log(`sign:   ${ratio(c.signPingxx, c.signKeyObject)} node:crypto KeyObject, ${ratio(c.signPingxx, c.signSdk)} SDK pattern`)

  const r = await requestBench()
  console.log(`\ncharges.retrieve through the emulator, requests/s (${REQUESTS} requests):`)
  console.log(`  ${CONCURRENCY} in flight: pingxx ${fmt(r.rpsPingxx)}  pingpp 2.1.6 ${fmt(r.rpsSdk)}  ratio ${ratio(r.rpsPingxx, r.rpsSdk)} (goal >= 2x)`)
  console.log(`  1 in flight:  pingxx ${fmt(r.rpsPingxxSerial)}  pingpp 2.1.6 ${fmt(r.rpsSdkSerial)}  ratio ${ratio(r.rpsPingxxSerial, r.rpsSdkSerial)}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
