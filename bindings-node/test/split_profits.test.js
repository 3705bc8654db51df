'use strict'
// The money rules of profit sharing, as errors: a split takes at most what the charge has
// left, refunds stop at what the splits left, split_return ends the splitting.

const test = require('node:test')
const assert = require('node:assert/strict')

const { apiError, emulatorForFile } = require('./helpers')
const { MERCHANT, wxCharge, split } = require('./split_profits_walk')

const env = emulatorForFile(test)

test('a split takes at most what is left, and refunds cannot take back what was split', async () => {
  const recv = await env.client.split_receivers.create(MERCHANT)
  const ch = await env.client.charges.create(wxCharge('jssp2', 500))
  await env.mock.control(`/_mock/charges/${ch.id}/succeed`)
  await env.client.charges.refunds.create(ch.id, { amount: 100, description: 'r' })
  const item = { split_receiver: recv.id, amount: 401, description: 'd' }
  await assert.rejects(env.client.split_profits.create(split(ch.id, 'jssp2a', 'split_normal', [item])), (err) =>
    apiError(400, 'recipients')(err) && /400 left/.test(err.message))
  await env.client.split_profits.create(split(ch.id, 'jssp2b', 'split_normal', [{ ...item, amount: 300 }]))
  await assert.rejects(env.client.charges.refunds.create(ch.id, { amount: 101, description: 'r' }), apiError(400, 'amount'))
  assert.equal((await env.client.charges.refunds.create(ch.id, { description: 'the rest' })).amount, 100)
  const shared = (await env.client.profit_transactions.list({ split_receiver: recv.id })).data.reduce((a, t) => a + t.amount, 0)
  assert.equal((await env.client.charges.retrieve(ch.id)).amount_refunded + shared, 500)
})

test('receivers and recipients are checked; split_return ends the splitting', async () => {
  await assert.rejects(env.client.split_receivers.create({ ...MERCHANT, name: undefined }), (err) =>
    err.code === 'validation_failed' && err.errors[0].field === 'name' && err.errors[0].rule === 'conditional')
  const recv = await env.client.split_receivers.create(MERCHANT)
  await assert.rejects(env.client.split_receivers.create(MERCHANT), apiError(400, 'account'))
  const ch = await env.client.charges.create(wxCharge('jssp3', 500))
  const one = [{ split_receiver: recv.id, amount: 1, description: 'd' }]
  await assert.rejects(env.client.split_profits.create(split(ch.id, 'jssp3a', 'split_normal', one)), apiError(400, 'charge'))
  await env.mock.control(`/_mock/charges/${ch.id}/succeed`)
  await assert.rejects(env.client.split_profits.create(split(ch.id, 'jssp3b', 'split_normal', [{ ...one[0], name: '别人' }])),
    apiError(400, 'recipients[0].name'))
  await assert.rejects(env.client.split_profits.create(split(ch.id, 'jssp3c', 'split_return', one)), (err) =>
    err.code === 'validation_failed' && err.errors[0].field === 'recipients[0].split_receiver')
  await env.client.split_profits.create(split(ch.id, 'jssp3d', 'split_return', [{ amount: 500, description: '完结分账' }]))
  await assert.rejects(env.client.split_profits.create(split(ch.id, 'jssp3e', 'split_normal', one)), (err) =>
    apiError(400, 'charge')(err) && /ended/.test(err.message))
})
