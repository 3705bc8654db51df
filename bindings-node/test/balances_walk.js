'use strict'
// The balance families of the every-operation walk (operations.test.js): recharges
// and their refunds, bonuses, balance transfers, transactions, settlements and
// batch withdrawals, with the emulator's ledger rules.

const assert = require('node:assert/strict')

const APP = 'app_1Gqj58ynP0mHeX1q'

async function balanceOf(api, user) {
  const u = await api.users.retrieve(user)
  assert.equal(u.available_balance, u.withdrawable_balance)
  return u.available_balance
}

async function balances(api, mock) {
  await api.users.create({ id: 'js_bal_a' })
  await api.users.create({ id: 'js_bal_b' })
  const rc = await api.recharges.create({
    user: 'js_bal_a',
    balance_bonus: { amount: 20 },
    charge: { amount: 300, channel: 'alipay', order_no: 'jsrc1', subject: 'Recharge subject', body: 'Recharge body' },
  })
  assert.equal(rc.succeeded, false)
  await mock.control(`/_mock/charges/${rc.charge.id}/succeed`)
  assert.equal((await api.recharges.retrieve(rc.id)).succeeded, true)
  assert.equal(await balanceOf(api, 'js_bal_a'), 320)
  assert.deepEqual((await api.recharges.list({ user: 'js_bal_a' })).data.map((r) => r.id), [rc.id])

  const bonus = await api.balance_bonuses.create({ user: 'js_bal_b', order_no: 'jsbb1', amount: 30 })
  assert.equal((await api.balance_bonuses.retrieve(bonus.id)).amount, 30)
  assert.equal((await api.balance_bonuses.list({ user: 'js_bal_b' })).data.length, 1)
  const tr = await api.balance_transfers.create({
    user: 'js_bal_a', recipient: 'js_bal_b', order_no: 'jsbt1', amount: 20, user_fee: 0,
  })
  assert.deepEqual([await balanceOf(api, 'js_bal_a'), await balanceOf(api, 'js_bal_b')], [300, 50])
  assert.equal((await api.balance_transfers.retrieve(tr.id)).user, 'js_bal_a')
  assert.equal((await api.balance_transfers.list({ page: 1 })).data.length, 1)
  const txs = (await api.balance_transactions.list({ user: 'js_bal_b' })).data
  assert.deepEqual(txs.map((t) => [t.amount, t.available_balance]), [[20, 50], [30, 30]])
  assert.equal((await api.balance_transactions.retrieve(txs[0].id)).source, tr.id)

  // The refund takes back the 320 credited (the bonus too): js_bal_a has 300, so fund it first.
  await api.balance_bonuses.create({ user: 'js_bal_a', order_no: 'jsbb2', amount: 20 })
  const refund = await api.recharges.refunds.create(rc.id, { description: 'back' })
  assert.equal(refund.amount, 300)
  assert.equal(await balanceOf(api, 'js_bal_a'), 0)
  assert.equal((await api.recharges.refunds.retrieve(rc.id, refund.id)).id, refund.id)
  assert.equal((await api.recharges.refunds.list(rc.id)).data.length, 1)

  const order = await api.orders.create({
    app: APP, merchant_order_no: 'jsbs1', amount: 100, currency: 'cny', client_ip: '127.0.0.1', subject: 's', body: 'b',
    balance_settlement: { user: 'js_bal_b', user_fee: 10 },
  })
  await api.orders.pay(order.id, { channel: 'balance', charge_amount: 100 })
  assert.equal(await balanceOf(api, 'js_bal_b'), 140)
  const settlements = (await api.balance_settlements.list({ user: 'js_bal_b' })).data
  assert.equal((await api.balance_settlements.retrieve(settlements[0].id)).amount, 90)

  const wd = async (no) =>
    (await api.withdrawals.create({
      user: 'js_bal_b', order_no: no, amount: 70, channel: 'yeepay', extra: { return_url: 'https://example.com/r' },
    })).id
  const w = [await wd('jsbw1'), await wd('jsbw2')]
  assert.equal(await balanceOf(api, 'js_bal_b'), 0)
  const batch = await api.batch_withdrawals.create({ withdrawals: w })
  assert.deepEqual([batch.status, batch.amount, batch.count], ['pending', 140, 2])
  assert.equal((await api.batch_withdrawals.retrieve(batch.id)).count, 2)
  assert.deepEqual((await api.batch_withdrawals.list()).data.map((b) => b.id), [batch.id])
  assert.equal((await mock.control(`/_mock/withdrawals/${w[0]}/succeed`)).status, 'succeeded')
}

module.exports = { balances }
