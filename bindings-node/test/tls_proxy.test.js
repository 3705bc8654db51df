'use strict'
// TLS and proxies through the Node options: the emulator's HTTPS mode with its
// throw-away CA given as `caCert`, and a real proxy (Debian's tinyproxy) on loopback.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const { spawn } = require('node:child_process')

const { Client, PingxxError } = require('..')
const { startMock } = require('./helpers')

const APP = 'app_1Gqj58ynP0mHeX1q'
const KEY = 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC'
const order = (no) => ({
  app: APP, merchant_order_no: no, amount: 100, currency: 'cny',
  client_ip: '127.0.0.1', subject: 'An Apple', body: 'A Big Red Apple', uid: 'u1',
})

let plain
let tls
test.before(async () => {
  plain = await startMock()
  tls = await startMock(['--tls'])
})
test.after(async () => {
  await plain.stop()
  await tls.stop()
})

const isConnectionFailed = (check) => (err) => {
  assert.ok(err instanceof PingxxError, `expected a PingxxError, got ${err}`)
  assert.equal(err.code, 'connection_failed', err.message)
  check(err)
  return true
}

test('HTTPS with the emulator CA trusted through caCert (text or the file bytes)', async () => {
  assert.match(tls.baseUrl, /^https:\/\//)
  for (const caCert of [tls.caPem, fs.readFileSync(tls.caPath)]) {
    const client = new Client({ apiKey: KEY, appId: APP, apiBase: tls.baseUrl, caCert, maxRetries: 0 })
    const o = await client.orders.create(order(`node_tls_${typeof caCert}`))
    assert.equal((await client.orders.retrieve(o.id)).id, o.id)
  }
})

test('HTTPS without the CA is refused at once: one attempt, a clear error', async () => {
  const records = []
  const client = new Client({ apiKey: KEY, appId: APP, apiBase: tls.baseUrl, maxRetries: 3, onLog: (r) => records.push(r) })
  await assert.rejects(
    client.orders.list(),
    isConnectionFailed((err) => assert.match(err.message, /certificate|tls/i)),
  )
  for (let i = 0; i < 1000 && records.length < 1; i++) await new Promise((r) => setImmediate(r))
  assert.equal(records.length, 1, 'an untrusted server is not retried')
})

test('a caCert that is not a certificate is invalid_config', () => {
  assert.throws(
    () => new Client({ apiKey: KEY, caCert: 'not a certificate' }),
    (err) => err.code === 'invalid_config' && /caCert/.test(err.message),
  )
})

// tinyproxy on a loopback port, with Basic auth when given.
class TinyProxy {
  static binary() {
    return ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy'].find((p) => fs.existsSync(p)) ?? null
  }

  static async start(auth) {
    const p = new TinyProxy()
    p.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingxx-node-tinyproxy-'))
    p.port = await freePort()
    p.log = path.join(p.dir, 'tinyproxy.log')
    let conf = `Port ${p.port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\n`
    conf += `LogLevel Info\nLogFile "${p.log}"\nPidFile "${path.join(p.dir, 'tinyproxy.pid')}"\n`
    if (auth) conf += `BasicAuth ${auth.replace(':', ' ')}\n`
    fs.writeFileSync(path.join(p.dir, 'tinyproxy.conf'), conf)
    p.proc = spawn(TinyProxy.binary(), ['-d', '-c', path.join(p.dir, 'tinyproxy.conf')], { stdio: 'ignore' })
    for (let i = 0; ; i++) {
      if (await canConnect(p.port)) break
      if (i > 500) throw new Error('tinyproxy did not listen')
      await new Promise((r) => setTimeout(r, 20))
    }
    return p
  }

  url(userinfo = '') {
    return `http://${userinfo ? `${userinfo}@` : ''}127.0.0.1:${this.port}`
  }

  logged() {
    return fs.existsSync(this.log) ? fs.readFileSync(this.log, 'utf8') : ''
  }

  stop() {
    this.proc.kill()
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function canConnect(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1')
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

const noProxy = TinyProxy.binary() === null ? 'tinyproxy is not installed (scripts/test-node.sh installs it with apt-get)' : false

test('plain HTTP and HTTPS (CONNECT) through a real proxy', { skip: noProxy }, async () => {
  const proxy = await TinyProxy.start()
  try {
    const viaHttp = new Client({ apiKey: KEY, appId: APP, apiBase: plain.baseUrl, proxy: proxy.url(), maxRetries: 0 })
    await viaHttp.orders.create(order('node_proxy_1'))
    const viaConnect = new Client({
      apiKey: KEY, appId: APP, apiBase: tls.baseUrl, caCert: tls.caPem, proxy: proxy.url(), maxRetries: 0,
    })
    await viaConnect.orders.create(order('node_proxy_2'))
    const log = proxy.logged()
    assert.ok(log.includes(plain.baseUrl.split(':').pop()), log)
    assert.ok(log.includes('CONNECT'), log)
  } finally {
    proxy.stop()
  }
})

test('proxy credentials work and never show in errors, logs or inspect output', { skip: noProxy }, async () => {
  const proxy = await TinyProxy.start('alice:s3cretPW')
  const records = []
  try {
    const client = (userinfo) =>
      new Client({
        apiKey: KEY, appId: APP, apiBase: tls.baseUrl, caCert: tls.caPem, proxy: proxy.url(userinfo),
        maxRetries: 0, onLog: (r) => records.push(r),
      })
    const good = client('alice:s3cretPW')
    await good.orders.create(order('node_proxy_auth_1'))
    const bad = client('alice:wrongPW99')
    const err = await bad.orders.create(order('node_proxy_auth_2')).catch((e) => e)
    isConnectionFailed((e) => assert.ok(e.message.includes(`127.0.0.1:${proxy.port}`), `names the proxy: ${e.message}`))(err)
    for (let i = 0; i < 1000 && records.length < 2; i++) await new Promise((r) => setImmediate(r))
    const util = require('node:util')
    const seen = err.message + JSON.stringify(err) + util.inspect(good) + util.inspect(bad) + JSON.stringify(records)
    assert.ok(!seen.includes('s3cretPW') && !seen.includes('wrongPW99'), seen)
  } finally {
    proxy.stop()
  }
})

test('a proxy that refuses connections is connection_failed naming the proxy', async () => {
  const port = await freePort()
  const client = new Client({ apiKey: KEY, appId: APP, apiBase: plain.baseUrl, proxy: `http://127.0.0.1:${port}`, maxRetries: 0 })
  await assert.rejects(
    client.orders.retrieve('2011611170000002011'),
    isConnectionFailed((err) => assert.ok(err.message.includes(`127.0.0.1:${port}`), err.message)),
  )
})
