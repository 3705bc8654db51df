'use strict'
// Coupon templates and a user's coupons: every operation of the family once, each call
// succeeding (the every-operation test records the names), with an order that uses a coupon.

const assert = require('node:assert/strict')

const APP = 'app_1Gqj58ynP0mHeX1q'
const order = (uid, no, amount, coupon) => ({
  app: APP, merchant_order_no: no, amount, currency: 'cny', client_ip: '127.0.0.1', subject: 's', body: 'b', uid,
  ...(coupon === undefined ? {} : { coupon }),
})

async function couponsWalk(api) {
  for (const id of ['js_cp_1', 'js_cp_2']) await api.users.create({ id })
  // pingpp-nodejs docs/coupon_template.md (amount_off 300 instead of 1).
  const tpl = await api.coupon_templates.create({
    name: '25OFF', type: 1, amount_off: 300, amount_available: 10000, max_circulation: 1000, metadata: {}, expiration: null,
  })
  assert.equal(tpl.object, 'coupon_template')
  assert.equal((await api.coupon_templates.retrieve(tpl.id)).amount_off, 300)
  assert.ok((await api.coupon_templates.list({ page: 1 })).data.some((t) => t.id === tpl.id))
  assert.deepEqual({ ...(await api.coupon_templates.update(tpl.id, { metadata: { key: 'value' } })).metadata }, { key: 'value' })
  const batch = await api.coupon_templates.coupons.create(tpl.id, { users: ['js_cp_1', 'js_cp_2'] })
  assert.deepEqual(batch.data.map((c) => c.user), ['js_cp_1', 'js_cp_2'])
  assert.equal((await api.coupon_templates.coupons.list(tpl.id, { page: 1 })).data.length, 2)
  const mine = await api.users.coupons.create('js_cp_1', { coupon_template: tpl.id, metadata: {} })
  assert.equal(mine.user_times_circulated, 2)
  assert.equal((await api.users.coupons.retrieve('js_cp_1', mine.id)).status, 'available')
  assert.equal((await api.users.coupons.list('js_cp_1', { page: 1 })).data.length, 2)
  assert.equal((await api.users.coupons.update('js_cp_1', mine.id, { metadata: { key: 'value' } })).metadata.key, 'value')
  // 10000 - 300 = 9700 to pay; the coupon is used.
  const o = await api.orders.create(order('js_cp_1', 'js_cp_order_0001', 10000, mine.id))
  assert.deepEqual([o.coupon_amount, o.actual_amount], [300, 9700])
  assert.equal((await api.users.coupons.retrieve('js_cp_1', mine.id)).status, 'used')
  assert.equal((await api.users.retrieve('js_cp_1')).available_coupons, 1)
  assert.equal((await api.users.coupons.delete('js_cp_2', batch.data[1].id)).deleted, true)
  assert.equal((await api.coupon_templates.delete(tpl.id)).deleted, true)
}

module.exports = { couponsWalk, order }
