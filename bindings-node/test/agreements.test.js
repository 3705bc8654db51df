'use strict'
// The state rules of agreements, trade details and the custody photo upload, as errors.

const test = require('node:test')
const assert = require('node:assert/strict')

const { Client } = require('..')
const { startMock } = require('./helpers')
const { paidCharge, PIC } = require('./agreements_walk')

let mock
let client
test.before(async () => {
  mock = await startMock()
  client = new Client({ apiKey: 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC', appId: 'app_1Gqj58ynP0mHeX1q', apiBase: mock.baseUrl, maxRetries: 0 })
})
test.after(() => mock.stop())
test.beforeEach(() => mock.control('/_mock/reset'))

const apiError = (status, param) => (err) => err.httpStatus === status && err.param === param

test('an agreement is notified and canceled only once signed, and canceled once', async () => {
  const agr = await client.agreements.create({ contract_no: 'jsrules1', channel: 'qpay' })
  await assert.rejects(client.agreements.notify(agr.id, { amount: 100 }), apiError(400, 'agreement_id'))
  await assert.rejects(client.agreements.update(agr.id), apiError(400, 'agreement_id'))
  await mock.control(`/_mock/agreements/${agr.id}/sign`)
  assert.equal((await client.agreements.update(agr.id)).status, 'canceled')
  await assert.rejects(client.agreements.update(agr.id, { status: 'canceled' }), (err) =>
    apiError(400, 'agreement_id')(err) && /canceled/.test(err.message))
  await assert.rejects(client.agreements.create({ contract_no: 'jsrules1', channel: 'qpay' }), apiError(400, 'contract_no'))
  await assert.rejects(client.agreements.notify(agr.id, { amount: 0 }), (err) =>
    err.code === 'validation_failed' && err.param === 'amount')
})

test('no trade detail for an unpaid charge; no photo for a user the app does not have', async () => {
  const { extra, ...params } = paidCharge('jstd2')
  assert.ok(extra)
  const unpaid = await client.charges.create({ ...params, channel: 'alipay' })
  await assert.rejects(client.charges.trade_detail(unpaid.id), apiError(400, 'charge_id'))
  await assert.rejects(client.users.upload_pic({ user: 'nobody', pic: PIC }), apiError(404, 'user'))
  await assert.rejects(client.users.upload_pic({ user: '.dot', pic: PIC }), (err) =>
    err.code === 'validation_failed' && err.errors[0].field === 'user' && err.errors[0].rule === 'pattern')
})
