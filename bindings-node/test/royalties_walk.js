'use strict'
// Royalties: every operation of the family once, each call succeeding (the every-operation
// test records the names): templates, royalty data, the royalties a paid order produces, a
// settlement and its transactions.

const assert = require('node:assert/strict')

const APP = 'app_1Gqj58ynP0mHeX1q'
const ISV = { scan_code: '286801346868493272', terminal_id: 'T0000001' }
const RATE = { royalty_mode: 'rate', refund_mode: 'no_refund', allocation_mode: 'receipt_reserved', data: [{ level: 0, value: 1000 }] }
const order = (app, no, amount, extra = {}) => ({
  app, merchant_order_no: no, amount, client_ip: '127.0.0.1', currency: 'cny', subject: 's', body: 'b', ...extra,
})
const ids = (list) => list.data.map((o) => o.id)

async function royaltiesWalk(api) {
  const t = await api.royalty_templates.create({ name: 'js', rule: RATE })
  assert.equal(t.app, APP)
  assert.equal((await api.royalty_templates.retrieve(t.id)).name, 'js')
  assert.ok(ids(await api.royalty_templates.list({ per_page: 100 })).includes(t.id))
  assert.equal((await api.royalty_templates.update(t.id, { name: 'js ten percent' })).name, 'js ten percent')
  // An order of a first-level sub-app: 10 % of 500 to the platform.
  const sub = (await api.sub_apps.create({ display_name: 'js royalty', user: 'js_ry_biz' })).id
  const rated = await api.orders.create(order(sub, 'js_ry_rate', 500, { royalty_template: t.id }))
  await api.orders.pay(rated.id, { charge_amount: 500, channel: 'isv_scan', extra: ISV })
  const royalties = (await api.royalties.list({ payer_app: sub })).data
  assert.deepEqual(royalties.map((x) => [x.recipient_app, x.amount, x.status]), [[APP, 50, 'pending']])
  assert.equal((await api.royalties.retrieve(royalties[0].id)).source_no, 'js_ry_rate')
  const updated = await api.royalties.batch_update({ ids: [royalties[0].id], description: 'js' })
  assert.equal(updated.data[0].description, 'js')

  // Royalty data before payment, then the settlement of the royalty it gave.
  const payer = 'app_JsRoyaltyPayer01'
  const later = await api.orders.create(order(payer, 'js_ry_data', 300))
  const taken = await api.orders.royalty_datas.create(later.id, { app: payer, royalty_users: [{ user: 'u1', amount: 100 }] })
  assert.deepEqual({ ...taken }, { app: payer, livemode: false, order: later.id, succeeded: true })
  await api.orders.pay(later.id, { charge_amount: 300, channel: 'isv_scan', extra: ISV })
  const s = await api.royalty_settlements.create({ payer_app: payer, method: 'balance' })
  assert.deepEqual([s.amount, s.count, s.status], [100, 1, 'created'])
  const tx = s.royalty_transactions.data[0]
  assert.deepEqual([tx.amount, tx.source_user], [100, 'u1'])
  assert.equal((await api.royalty_settlements.retrieve(s.id)).amount, 100)
  assert.deepEqual(ids(await api.royalty_settlements.list({ payer_app: payer })), [s.id])
  assert.equal((await api.royalty_settlements.update(s.id, { status: 'pending' })).status, 'succeeded')
  assert.equal((await api.royalty_transactions.retrieve(tx.id)).status, 'succeeded')
  assert.deepEqual(ids(await api.royalty_transactions.list({ royalty_settlement: s.id })), [tx.id])
  assert.equal((await api.royalty_templates.delete(t.id)).deleted, true)
}

module.exports = { royaltiesWalk }
