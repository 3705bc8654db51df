'use strict'
// WeChat profit sharing: every operation of the family once, each call succeeding (the
// every-operation test records the names). No official Node SDK has these endpoints (only
// Go, Java and PHP): the parameters are those of pingpp-php's examples.

const assert = require('node:assert/strict')

const APP = 'app_1Gqj58ynP0mHeX1q'
// pingpp-php example/split_receiver/create.php.
const MERCHANT = { type: 'MERCHANT_ID', name: '示例商户全称', account: '190001001', channel: 'wx_pub_qr' }
const wxCharge = (orderNo, amount) => ({
  order_no: orderNo, app: { id: APP }, channel: 'wx', amount, client_ip: '127.0.0.1', currency: 'cny', subject: 's', body: 'b',
})
const split = (charge, orderNo, type, recipients) => ({ charge, order_no: orderNo, type, recipients, metadata: {} })

async function splitProfitsWalk(api, mock) {
  const recv = await api.split_receivers.create(MERCHANT)
  assert.ok(recv.id.startsWith('recv_') && recv.id.length === 19, recv.id)
  assert.equal(recv.app, APP)
  assert.equal((await api.split_receivers.retrieve(recv.id)).name, '示例商户全称')
  assert.deepEqual((await api.split_receivers.list({ page: 1, per_page: 10 })).data.map((r) => r.id), [recv.id])
  const ch = await api.charges.create(wxCharge('jssp1', 1000))
  await mock.control(`/_mock/charges/${ch.id}/succeed`)
  // pingpp-php example/split_profit/create.php.
  const sp = await api.split_profits.create(split(ch.id, '9f2b7c1d0e4a4d5e8a6b3c2d1e0f9a8b', 'split_normal', [
    { split_receiver: recv.id, amount: 6, name: '示例商户全称', description: 'Your Description' },
  ]))
  assert.equal(sp.recipients[0].status, 'pending')
  assert.equal((await mock.control(`/_mock/split_profits/${sp.id}/succeed`)).recipients[0].status, 'succeeded')
  assert.equal((await api.split_profits.retrieve(sp.id)).charge, ch.id)
  assert.deepEqual((await api.split_profits.list({ page: 1, per_page: 10 })).data.map((s) => s.id), [sp.id])
  const txs = (await api.profit_transactions.list({ page: 1, per_page: 10 })).data
  assert.deepEqual(txs.map((t) => [t.amount, t.status, t.split_profit]), [[6, 'succeeded', sp.id]])
  assert.equal((await api.profit_transactions.retrieve(txs[0].id)).split_receiver, recv.id)
  assert.deepEqual({ ...(await api.split_receivers.delete(recv.id)) }, { id: recv.id, deleted: true })
}

module.exports = { splitProfitsWalk, MERCHANT, wxCharge, split }
