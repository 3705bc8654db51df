'use strict'
// Money is never moved twice: when the SDK cannot know whether a request took effect it
// says so with `outcome_unknown` (carrying the last error), and does not repeat it.
// Against the emulator's faults.

const test = require('node:test')
const assert = require('node:assert/strict')

const { Client, PingxxError } = require('..')
const { startMock } = require('./helpers')

const APP = 'app_1Gqj58ynP0mHeX1q'
const KEY = 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC'
const SCAN = { scan_code: '286801346868493272', terminal_id: 'T0000001' }
const orderParams = (no) => ({
  app: APP, merchant_order_no: no, amount: 100, currency: 'cny', client_ip: '127.0.0.1', subject: 's', body: 'b',
})

let mock
test.before(async () => {
  mock = await startMock()
})
test.after(() => mock.stop())
test.beforeEach(() => mock.control('/_mock/reset'))

const client = () => new Client({ apiKey: KEY, appId: APP, apiBase: mock.baseUrl, maxRetries: 2, retryBaseDelayMs: 10 })

// The statuses the emulator answered to requests whose target starts with `prefix`.
async function attempts(prefix) {
  const res = await fetch(`${mock.baseUrl}/_mock/requests`)
  const { data } = await res.json()
  return data.filter((r) => r.target.startsWith(prefix)).map((r) => r.status)
}

test('orders.pay dropped after processing: outcome_unknown with the last error, not repeated', async () => {
  const c = client()
  const order = await c.orders.create(orderParams('node_pay_drop_1'))
  await mock.control('/_mock/faults', { kind: 'drop_after', path: '/pay' })
  const err = await c.orders.pay(order.id, { charge_amount: 100, channel: 'isv_scan', extra: SCAN }).catch((e) => e)
  assert.ok(err instanceof PingxxError, String(err))
  assert.equal(err.code, 'outcome_unknown', err.message)
  assert.match(err.message, /may have taken effect/)
  assert.equal(err.operation, 'orders.pay')
  assert.equal(err.checkWith, 'orders.retrieve')
  assert.ok(err.lastError instanceof PingxxError)
  assert.equal(err.lastError.code, 'connection_failed')
  assert.equal(err.toJSON().last_error.code, 'connection_failed')
  assert.equal((await attempts(`/v1/orders/${order.id}/pay`)).length, 1, 'sent once')
  assert.equal((await c.orders.retrieve(order.id)).paid, true, 'it did take effect')
})

test('an HTML 502 on orders.pay is not retried: outcome_unknown carrying the 502', async () => {
  const c = client()
  const order = await c.orders.create(orderParams('node_pay_502_1'))
  await mock.control('/_mock/faults', { kind: 'html_502', path: '/pay' })
  const err = await c.orders.pay(order.id, { charge_amount: 100, channel: 'isv_scan', extra: SCAN }).catch((e) => e)
  assert.equal(err.code, 'outcome_unknown', err.message)
  assert.equal(err.lastError.httpStatus, 502)
  assert.deepEqual(await attempts(`/v1/orders/${order.id}/pay`), [502])
})

test('orders.create dropped after processing returns the order it made, once', async () => {
  const c = client()
  await mock.control('/_mock/faults', { kind: 'drop_after', path: '/v1/orders' })
  const order = await c.orders.create(orderParams('node_create_drop_1'))
  assert.equal(order.merchant_order_no, 'node_create_drop_1')
  const all = await c.orders.list({ app: APP })
  assert.equal(all.data.filter((o) => o.merchant_order_no === 'node_create_drop_1').length, 1, 'one order')
})
