'use strict'
// Network behaviour against the emulator: each error code the API side can give,
// signed requests, 200 concurrent calls with a responsive event loop, and two
// sequential requests on one client (the official SDK hangs on the second).

const test = require('node:test')
const assert = require('node:assert/strict')
const http = require('node:http')
const fs = require('node:fs')
const path = require('node:path')

const { Client, PingxxError } = require('..')
const { startMock, VECTORS, readKey } = require('./helpers')

const APP = 'app_1Gqj58ynP0mHeX1q'
const KEY = 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC'
const CHARGE = {
  order_no: 'net0001', app: { id: APP }, channel: 'alipay', amount: 100,
  client_ip: '127.0.0.1', currency: 'cny', subject: 's', body: 'b',
}

let mock
test.before(async () => {
  mock = await startMock()
})
test.after(() => mock.stop())
test.beforeEach(() => mock.control('/_mock/reset'))

const client = (extra = {}) =>
  new Client({ apiKey: KEY, appId: APP, apiBase: mock.baseUrl, maxRetries: 0, timeoutMs: 5000, ...extra })

const rejectsWith = (promise, code, check = () => true) =>
  assert.rejects(promise, (err) => {
    assert.ok(err instanceof PingxxError, `expected a PingxxError, got ${err}`)
    assert.equal(err.code, code, err.message)
    return check(err) !== false
  })

test('two sequential requests on one client both answer (the official SDK hangs on the second)', async () => {
  const c = client()
  const ch = await c.charges.create(CHARGE)
  const again = await c.charges.retrieve(ch.id)
  assert.equal(again.id, ch.id)
  for (let i = 0; i < 20; i++) assert.equal((await c.charges.retrieve(ch.id)).id, ch.id)
})

test('200 concurrent calls on one client all resolve while a timer keeps firing', async () => {
  const c = client()
  const ch = await c.charges.create(CHARGE)
  await mock.control('/_mock/faults', { kind: 'delay', ms: 40, count: 200, path: '/v1/charges/' })
  let ticks = 0
  let last = Date.now()
  let maxGap = 0
  const timer = setInterval(() => {
    const now = Date.now()
    maxGap = Math.max(maxGap, now - last)
    last = now
    ticks++
  }, 5)
  const started = Date.now()
  const results = await Promise.all(Array.from({ length: 200 }, () => c.call('charges.retrieve', { charge_id: ch.id })))
  const elapsed = Date.now() - started
  clearInterval(timer)
  assert.equal(results.length, 200)
  for (const r of results) assert.equal(r.id, ch.id)
  // Every call waited 40 ms in the emulator; the loop still ran its timer throughout.
  assert.ok(elapsed >= 40, `elapsed ${elapsed} ms`)
  assert.ok(ticks >= Math.floor(elapsed / 50), `${ticks} ticks in ${elapsed} ms`)
  assert.ok(maxGap < 250, `the event loop stalled for ${maxGap} ms`)
})

test('authentication_failed: a key the API refuses', async () => {
  await rejectsWith(client({ apiKey: 'sk_test_not-a-valid-key' }).charges.retrieve('ch_1'), 'authentication_failed', (e) => {
    assert.equal(e.httpStatus, 401)
  })
})

test('invalid_request: an object that does not exist, with status and message', async () => {
  await rejectsWith(client().charges.retrieve('ch_DoesNotExist00000001'), 'invalid_request', (e) => {
    assert.equal(e.httpStatus, 404)
    assert.match(e.message, /ch_DoesNotExist00000001/)
  })
})

test('invalid_request naming the param: a duplicate order number', async () => {
  const c = client()
  await c.charges.create(CHARGE)
  await rejectsWith(c.charges.create(CHARGE), 'invalid_request', (e) => {
    assert.equal(e.httpStatus, 400)
    assert.equal(e.param, 'order_no')
  })
})

test('api_error: an injected JSON 500 and the HTML 502 page', async () => {
  await mock.control('/_mock/faults', { kind: 'json_500' })
  await rejectsWith(client().charges.retrieve('ch_1'), 'api_error', (e) => assert.equal(e.httpStatus, 500))
  await mock.control('/_mock/faults', { kind: 'html_502' })
  await rejectsWith(client().charges.retrieve('ch_1'), 'api_error', (e) => assert.equal(e.httpStatus, 502))
})

test('a GET is retried after a 502, and answers', async () => {
  const c = client({ maxRetries: 2, retryBaseDelayMs: 10 })
  const ch = await c.charges.create(CHARGE)
  await mock.control('/_mock/faults', { kind: 'html_502', count: 2, path: '/v1/charges/' })
  assert.equal((await c.charges.retrieve(ch.id)).id, ch.id)
})

test('connection_failed: a dropped connection and a closed port', async () => {
  await mock.control('/_mock/faults', { kind: 'drop_before' })
  await rejectsWith(client().charges.retrieve('ch_1'), 'connection_failed')
  const server = http.createServer()
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  await new Promise((r) => server.close(r))
  await rejectsWith(client({ apiBase: `http://127.0.0.1:${port}` }).charges.retrieve('ch_1'), 'connection_failed')
})

test('timeout: an answer slower than timeoutMs', async () => {
  await mock.control('/_mock/faults', { kind: 'delay', ms: 3000 })
  const started = Date.now()
  await rejectsWith(client({ timeoutMs: 300 }).charges.retrieve('ch_1'), 'timeout')
  assert.ok(Date.now() - started < 2500)
})

// The emulator never answers 402, 429 or a non-JSON 200: a plain loopback
// server gives those answers to the real client.
async function answering(status, body, headers = { 'content-type': 'application/json' }) {
  const server = http.createServer((req, res) => {
    req.resume()
    res.writeHead(status, headers)
    res.end(body)
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }
}

test('channel_error, rate_limited and invalid_response, with param and request id', async () => {
  const cases = [
    [402, { error: { type: 'channel_error', message: 'refused', code: 'x', param: 'channel' } }, 'channel_error'],
    [429, { error: { type: 'rate_limit_error', message: 'slow down' } }, 'rate_limited'],
    [200, 'not json', 'invalid_response'],
  ]
  for (const [status, body, code] of cases) {
    const server = await answering(status, typeof body === 'string' ? body : JSON.stringify(body), {
      'content-type': 'application/json',
      'x-request-id': 'iar_test_123',
    })
    try {
      await rejectsWith(client({ apiBase: server.url }).charges.retrieve('ch_1'), code, (e) => {
        assert.equal(e.httpStatus, status)
        if (code === 'channel_error') {
          assert.equal(e.param, 'channel')
          assert.equal(e.requestId, 'iar_test_123')
        }
      })
    } finally {
      await server.close()
    }
  }
})

test('signed requests: accepted with the merchant key, refused without it', async () => {
  const signed = await startMock([
    '--merchant-public-key',
    path.join(VECTORS, 'keys', 'merchant_example_public_key_spki.pem'),
  ])
  try {
    const privateKey = readKey('merchant_example_private_key_pkcs1.pem')
    const c = new Client({ apiKey: KEY, appId: APP, apiBase: signed.baseUrl, privateKey, maxRetries: 0 })
    const ch = await c.charges.create(CHARGE)
    assert.equal((await c.charges.retrieve(ch.id)).id, ch.id)
    assert.equal((await c.charges.list({ app: { id: APP }, limit: 5 })).data.length, 1)
    const withBuffer = new Client({ apiKey: KEY, apiBase: signed.baseUrl, privateKey: fs.readFileSync(path.join(VECTORS, 'keys', 'merchant_example_private_key_pkcs8.pem')) })
    assert.equal((await withBuffer.charges.retrieve(ch.id)).id, ch.id)
    for (const der of ['merchant_private_pkcs1.der', 'merchant_private_pkcs8.der']) {
      const withDer = new Client({ apiKey: KEY, apiBase: signed.baseUrl, privateKey: fs.readFileSync(path.join(VECTORS, 'keys', der)) })
      assert.equal((await withDer.charges.retrieve(ch.id)).id, ch.id, der)
    }
    const unsigned = new Client({ apiKey: KEY, apiBase: signed.baseUrl, maxRetries: 0 })
    await rejectsWith(unsigned.charges.retrieve(ch.id), 'authentication_failed', (e) => assert.match(e.message, /signature/i))
  } finally {
    await signed.stop()
  }
})
