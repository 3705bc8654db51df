'use strict'
// The state rules of coupons, as errors: the template's limits and the orders that cannot use a coupon.

const test = require('node:test')
const assert = require('node:assert/strict')

const { apiError, emulatorForFile } = require('./helpers')
const { order } = require('./coupons_walk')

const env = emulatorForFile(test)

test('a template issues up to max_circulation, and an order uses an available coupon of its user once', async () => {
  for (const id of ['js_cp_r1', 'js_cp_r2']) await env.client.users.create({ id })
  const tpl = await env.client.coupon_templates.create({ type: 2, percent_off: 100, amount_available: 500, max_circulation: 2, refundable: true })
  const [c1] = (await env.client.coupon_templates.coupons.create(tpl.id, { users: ['js_cp_r1', 'js_cp_r2'] })).data
  await assert.rejects(env.client.users.coupons.create('js_cp_r1', { coupon_template: tpl.id }), (err) =>
    apiError(400, 'coupon_template')(err) && /max_circulation 2/.test(err.message))
  await assert.rejects(env.client.orders.create(order('js_cp_r1', 'js_cp_low_00001', 499, c1.id)), apiError(400, 'coupon'))
  await assert.rejects(env.client.orders.create(order('js_cp_r2', 'js_cp_other_0001', 500, c1.id)), apiError(400, 'coupon'))
  // 100 % off: the order costs nothing, and is paid at once.
  const free = await env.client.orders.create(order('js_cp_r1', 'js_cp_free_00001', 500, c1.id))
  assert.deepEqual([free.coupon_amount, free.actual_amount], [500, 0])
  await assert.rejects(env.client.orders.create(order('js_cp_r1', 'js_cp_twice_0001', 500, c1.id)), apiError(400, 'coupon'))
  const paid = await env.client.orders.pay(free.id, { charge_amount: 0, channel: 'balance' })
  assert.equal(paid.paid, true)
  // A used coupon does not expire.
  await assert.rejects(env.mock.control(`/_mock/coupons/${c1.id}/expire`), /HTTP 400 .*"param":"coupon_id"/)
  await assert.rejects(env.client.coupon_templates.create({ type: 1 }), (err) =>
    err.code === 'validation_failed' && err.errors.some((e) => e.field === 'amount_off' && e.rule === 'conditional'))
})
