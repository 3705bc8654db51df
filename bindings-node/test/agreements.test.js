'use strict'
// The state rules of agreements, trade details and the custody photo upload, as errors.

const test = require('node:test')
const assert = require('node:assert/strict')

const { apiError, emulatorForFile } = require('./helpers')
const { paidCharge, PIC } = require('./agreements_walk')

const env = emulatorForFile(test)

test('an agreement is notified and canceled only once signed, and canceled once', async () => {
  const agr = await env.client.agreements.create({ contract_no: 'jsrules1', channel: 'qpay' })
  await assert.rejects(env.client.agreements.notify(agr.id, { amount: 100 }), apiError(400, 'agreement_id'))
  await assert.rejects(env.client.agreements.update(agr.id), apiError(400, 'agreement_id'))
  await env.mock.control(`/_mock/agreements/${agr.id}/sign`)
  assert.equal((await env.client.agreements.update(agr.id)).status, 'canceled')
  await assert.rejects(env.client.agreements.update(agr.id, { status: 'canceled' }), (err) =>
    apiError(400, 'agreement_id')(err) && /canceled/.test(err.message))
  await assert.rejects(env.client.agreements.create({ contract_no: 'jsrules1', channel: 'qpay' }), apiError(400, 'contract_no'))
  await assert.rejects(env.client.agreements.notify(agr.id, { amount: 0 }), (err) =>
    err.code === 'validation_failed' && err.param === 'amount')
})

test('no trade detail for an unpaid charge; no photo for a user the app does not have', async () => {
  const { extra, ...params } = paidCharge('jstd2')
  assert.ok(extra)
  const unpaid = await env.client.charges.create({ ...params, channel: 'alipay' })
  await assert.rejects(env.client.charges.trade_detail(unpaid.id), apiError(400, 'charge_id'))
  await assert.rejects(env.client.users.upload_pic({ user: 'nobody', pic: PIC }), apiError(404, 'user'))
  await assert.rejects(env.client.users.upload_pic({ user: '.dot', pic: PIC }), (err) =>
    err.code === 'validation_failed' && err.errors[0].field === 'user' && err.errors[0].rule === 'pattern')
})
