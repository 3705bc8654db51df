'use strict'
// onLog: one record per HTTP attempt, camelCase keys, no secrets, bodies only with
// logBodies; request ids on successful results. Against the emulator.

const test = require('node:test')
const assert = require('node:assert/strict')
const { spawnSync } = require('node:child_process')
const http = require('node:http')
const path = require('node:path')

const { Client } = require('..')
const { startMock, readKey, VECTORS } = require('./helpers')

const APP = 'app_1Gqj58ynP0mHeX1q'
const KEY = 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC'
const PEM = readKey('merchant_example_private_key_pkcs1.pem')
const CHARGE = {
  order_no: 'log0001', app: { id: APP }, channel: 'alipay', amount: 100,
  client_ip: '127.0.0.1', currency: 'cny', subject: 's', body: 'b',
}
const RECORD_KEYS = [
  'operation', 'method', 'path', 'status', 'attempt', 'durationMs', 'requestId',
  'retryReason', 'outcome', 'errorCode', 'requestBody', 'responseBody',
]

let mock
test.before(async () => {
  mock = await startMock(['--merchant-public-key', path.join(VECTORS, 'keys', 'merchant_example_public_key_spki.pem')])
})
test.after(() => mock.stop())
test.beforeEach(() => mock.control('/_mock/reset'))

// Records arrive on the event loop after the network thread queued them: wait until
// `n` are there (each turn lets queued callbacks run; no timing involved).
async function records(list, n) {
  for (let i = 0; i < 1000 && list.length < n; i++) await new Promise((r) => setImmediate(r))
  return list
}

function logged(extra = {}) {
  const list = []
  const client = new Client({
    apiKey: KEY, appId: APP, apiBase: mock.baseUrl, privateKey: PEM, maxRetries: 0,
    onLog: (r) => list.push(r),
    ...extra,
  })
  return { client, list }
}

test('a successful call gives one record; the result carries the request id, non-enumerable', async () => {
  const { client, list } = logged()
  const charge = await client.charges.create(CHARGE)
  const [r] = await records(list, 1)
  assert.equal(list.length, 1)
  assert.deepEqual(Object.keys(r).sort(), [...RECORD_KEYS].sort())
  assert.equal(r.operation, 'charges.create')
  assert.equal(r.method, 'POST')
  assert.equal(r.path, '/v1/charges')
  assert.equal(r.status, 200)
  assert.equal(r.attempt, 1)
  assert.equal(r.outcome, 'ok')
  assert.equal(r.retryReason, null)
  assert.equal(r.errorCode, null)
  assert.equal(typeof r.durationMs, 'number')
  assert.equal(r.requestBody, null)
  assert.equal(r.responseBody, null)

  assert.match(charge.requestId, /^iar_\w+$/)
  assert.equal(charge.requestId, r.requestId)
  assert.equal(charge.httpStatus, 200)
  const again = await client.charges.retrieve(charge.id)
  assert.match(again.requestId, /^iar_\w+$/)
  assert.notEqual(again.requestId, charge.requestId)
  for (const shown of [Object.keys(charge), Object.keys(JSON.parse(JSON.stringify(charge))), Object.keys({ ...charge })]) {
    assert.ok(!shown.includes('requestId') && !shown.includes('httpStatus'), shown.join())
  }
})

// A loopback server that answers every request with `body` and a request id header.
async function answering(body, requestId) {
  const server = http.createServer((req, res) => {
    req.resume()
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': requestId })
    res.end(JSON.stringify(body))
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }
}

test('call() and request() results carry the Request-Id of a successful answer', async () => {
  const server = await answering({ id: 'ch_1', object: 'charge' }, 'iar_node_ok_1')
  try {
    const list = []
    const client = new Client({ apiKey: KEY, apiBase: server.url, maxRetries: 0, onLog: (r) => list.push(r) })
    const charge = await client.charges.retrieve('ch_1')
    assert.equal(charge.requestId, 'iar_node_ok_1')
    assert.equal(charge.id, 'ch_1')
    const raw = await client.request('GET', '/v1/charges/ch_1')
    assert.equal(raw.requestId, 'iar_node_ok_1')
    await records(list, 2)
    assert.deepEqual(list.map((r) => r.requestId), ['iar_node_ok_1', 'iar_node_ok_1'])
  } finally {
    await server.close()
  }
})

test('every attempt is recorded: retries say why, then the answer', async () => {
  const { client, list } = logged({ maxRetries: 2, retryBaseDelayMs: 10 })
  const ch = await client.charges.create(CHARGE)
  await records(list, 1)
  list.length = 0
  await mock.control('/_mock/faults', { kind: 'html_502', count: 2, path: `/v1/charges/${ch.id}` })
  assert.equal((await client.charges.retrieve(ch.id)).id, ch.id)
  await records(list, 3)
  assert.deepEqual(
    list.map((r) => [r.attempt, r.outcome, r.status]),
    [[1, 'retry', 502], [2, 'retry', 502], [3, 'ok', 200]],
  )
  for (const r of list.slice(0, 2)) {
    assert.equal(typeof r.retryReason, 'string')
    assert.ok(r.retryReason.length > 0)
    assert.equal(r.operation, 'charges.retrieve')
  }
})

test('a failed attempt is recorded with its error code', async () => {
  const { client, list } = logged()
  await assert.rejects(client.charges.retrieve('ch_DoesNotExist00000001'), (e) => e.code === 'invalid_request')
  const [r] = await records(list, 1)
  assert.equal(r.outcome, 'error')
  assert.equal(r.status, 404)
  assert.equal(r.errorCode, 'invalid_request')
  assert.match(r.requestId, /^iar_\w+$/)
  const err = await client.charges.retrieve('ch_DoesNotExist00000001').catch((e) => e)
  assert.match(err.requestId, /^iar_\w+$/, 'errors carry the request id too')
})

test('records never hold the API key, the private key or a signature; bodies only with logBodies', async () => {
  for (const logBodies of [false, true]) {
    await mock.control('/_mock/reset')
    const { client, list } = logged({ logBodies })
    const ch = await client.charges.create(CHARGE)
    await client.charges.retrieve(ch.id)
    await client.charges.retrieve('ch_DoesNotExist00000001').catch(() => {})
    await records(list, 3)
    const all = JSON.stringify(list)
    assert.ok(!all.includes(KEY), 'api key in a record')
    assert.ok(!all.includes('ibbTe5jLGCi5rzfH4OqPW9KC'), 'api key in a record')
    for (const line of PEM.split('\n').filter((l) => l.length > 20)) assert.ok(!all.includes(line), 'private key in a record')
    assert.ok(!/Bearer|Authorization|Pingplusplus-Signature/i.test(all), all)
    if (logBodies) {
      assert.match(list[0].requestBody, /log0001/)
      assert.match(list[0].responseBody, new RegExp(ch.id))
    } else {
      assert.ok(list.every((r) => r.requestBody === null && r.responseBody === null), all)
      assert.ok(!all.includes('log0001'), 'a body was logged without logBodies')
    }
  }
})

test('an exception thrown by onLog is a process warning, never a failed call', async () => {
  const warnings = []
  const onWarning = (w) => warnings.push(w)
  process.on('warning', onWarning)
  try {
    const client = new Client({
      apiKey: KEY, appId: APP, apiBase: mock.baseUrl, privateKey: PEM, maxRetries: 0,
      onLog: () => {
        throw new Error('broken logger')
      },
    })
    const ch = await client.charges.create(CHARGE)
    assert.ok(ch.id)
    for (let i = 0; i < 1000 && !warnings.some((w) => w.name === 'PingxxWarning'); i++) await new Promise((r) => setImmediate(r))
    const ours = warnings.filter((w) => w.name === 'PingxxWarning')
    assert.equal(ours.length, 1)
    assert.match(ours[0].message, /onLog threw/)
  } finally {
    process.off('warning', onWarning)
  }
})

test('a client with onLog does not keep the process alive', () => {
  const script = `
    const { Client } = require(${JSON.stringify(path.join(__dirname, '..'))})
    const c = new Client({ apiKey: 'sk_test_x', apiBase: ${JSON.stringify(mock.baseUrl)}, onLog: () => {} })
    c.charges.retrieve('ch_1').catch(() => {}).then(() => console.log('done'))
  `
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60000 })
  assert.equal(r.signal, null, 'the process had to be killed: it did not exit')
  assert.equal(r.status, 0, r.stderr)
  assert.match(r.stdout, /done/)
})
