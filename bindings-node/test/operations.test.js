'use strict'
// Every operation of the table through the emulator, by resource namespaces
// (positional path ids) and by client.call; listAuto paging; raw requests.

const test = require('node:test')
const assert = require('node:assert/strict')

const { Client, PingxxError, operations } = require('..')
const { startMock } = require('./helpers')
const { agreementsWalk } = require('./agreements_walk')
const { subAppExtrasWalk } = require('./sub_app_extras_walk')
const { balances } = require('./balances_walk')
const { royaltiesWalk } = require('./royalties_walk')
const { couponsWalk } = require('./coupons_walk')
const { splitProfitsWalk } = require('./split_profits_walk')

const APP = 'app_1Gqj58ynP0mHeX1q'
const KEY = 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC'
const SCAN_EXTRA = { scan_code: '286801346868493272', terminal_id: 'T0000001' }
const CHANNEL_PARAMS = {
  fee_rate: 60,
  mer_id: '123456789012345',
  inst_id: '12345678',
  key: '0123456789abcdef0123456789abcdef',
  support_refund: true,
}
const ADDRESS = { province: '北京', city: '北京', district: '朝阳', address: '某路 1 号' }

const ids = (list) => list.data.map((o) => o.id)

let mock
test.before(async () => {
  mock = await startMock()
})
test.after(() => mock.stop())
test.beforeEach(() => mock.control('/_mock/reset'))

// Copies the namespaces with every method wrapped, so the test can tell which operations ran.
function recording(client) {
  const seen = new Set()
  const wrap = (ns, prefix) => {
    const copy = {}
    for (const [key, v] of Object.entries(ns)) {
      copy[key] =
        typeof v === 'function'
          ? (...args) => {
              seen.add(`${prefix}.${key.replace(/Auto$/, '')}`)
              return v(...args)
            }
          : wrap(v, `${prefix}.${key}`)
    }
    return copy
  }
  const api = {}
  for (const resource of new Set(operations().map((op) => op.name.split('.')[0]))) {
    api[resource] = wrap(client[resource], resource)
  }
  return { api, seen }
}

// Transfers, batch transfers, red envelopes, batch refunds, customs and the account services.
async function moneyOut(api) {
  const transfer = (orderNo) => ({
    channel: 'balance', order_no: orderNo, amount: 100, currency: 'cny', type: 'b2c', recipient: 'user_001',
  })
  const t1 = await api.transfers.create(transfer('jstr1'))
  assert.equal(t1.status, 'pending')
  assert.equal((await mock.control(`/_mock/transfers/${t1.id}/fail`)).status, 'failed')
  assert.equal((await api.transfers.retrieve(t1.id)).status, 'failed')
  const t2 = await api.transfers.create(transfer('jstr2'))
  assert.equal((await api.transfers.cancel(t2.id, {})).status, 'canceled')
  const t3 = await api.transfers.create(transfer('jstr3'))
  assert.equal((await api.transfers.reverse(t3.id)).status, 'reversed')
  assert.deepEqual(ids(await api.transfers.list({ limit: 10 })), [t3.id, t2.id, t1.id])
  const bt = await api.batch_transfers.create({
    batch_no: 'jsbt1', channel: 'balance', amount: 300, type: 'b2c',
    recipients: [{ user: 'user_001', amount: 100 }, { user: 'user_002', amount: 200 }],
  })
  assert.equal(bt.recipients.length, 2)
  assert.equal((await api.batch_transfers.retrieve(bt.id)).status, 'pending')
  assert.deepEqual(ids(await api.batch_transfers.list()), [bt.id])
  assert.equal((await api.batch_transfers.cancel(bt.id, {})).status, 'canceled')
  const env = await api.red_envelopes.create({
    channel: 'wx', order_no: '20170002', amount: 100, currency: 'cny', recipient: 'o9zpMs9jIaLynQY9N6yxcZ', subject: 's', body: 'b',
  })
  assert.equal((await api.red_envelopes.retrieve(env.id)).status, 'sent')
  assert.deepEqual(ids(await api.red_envelopes.list()), [env.id])
  const charge = (orderNo) => api.charges.create({
    order_no: orderNo, app: { id: APP }, channel: 'isv_scan', amount: 100, client_ip: '127.0.0.1',
    currency: 'cny', subject: 's', body: 'b', extra: SCAN_EXTRA,
  })
  const paid = await charge('jsbr1')
  const br = await api.batch_refunds.create({ batch_no: 'jsbr1', charges: [{ charge: paid.id, amount: 40 }] })
  assert.equal(br.status, 'succeeded')
  assert.equal((await api.batch_refunds.retrieve(br.id)).charges[0].amount, 40)
  assert.deepEqual(ids(await api.batch_refunds.list()), [br.id])
  const declared = await charge('jscu1')
  const cu = await api.customs.create({
    charge: declared.id, channel: 'isv_scan', trade_no: '15112496832609', customs_code: 'GUANGZHOU', amount: 100,
  })
  assert.equal((await api.customs.retrieve(cu.id)).trade_no, '15112496832609')
  assert.deepEqual(ids(await api.customs.list()), [cu.id])
  const check = await api.identification.create({
    type: 'bank_card', data: { id_name: '张三', id_number: '310181198910107641', card_number: '6225210207073918' },
  })
  assert.equal(check.result_code, 0)
  assert.equal((await api.card_info.query({ bank_account: '6225210207073918' })).card_bin, '622521')
  const banks = await api.sub_banks.list({ channel: 'chanpay', open_bank_code: '0308', prov: '上海', city: '上海' })
  assert.equal(banks.data.length, 2)
}

// The micro-deposit the emulator made to a bank account settle account.
async function microDeposit(id) {
  return (await fetch(`${mock.baseUrl}/_mock/settle_accounts/${id}/micro_deposit`)).json()
}

// A user's settle accounts (the SDKs' {channel, recipient} body beside the card binding) and funds transfers.
async function settleAccounts(api) {
  await api.users.create({ id: 'js_sa_user' })
  const bank = { account: '6214888888888888', name: '张三', type: 'b2c', open_bank_code: '0308', open_bank: '招商银行', card_type: 0 }
  const sa = await api.users.settle_accounts.create('js_sa_user', { channel: 'bank_account', recipient: bank })
  assert.deepEqual([sa.object, sa.recipient.account], ['settle_account', '621488******8888'])
  const ali = await api.users.settle_accounts.create('js_sa_user', {
    channel: 'alipay', recipient: { account: 'user@example.com', name: '李四', type: 'b2c', account_type: 'ALIPAY_LOGONID' },
  })
  assert.equal((await api.users.settle_accounts.retrieve('js_sa_user', ali.id)).recipient.account, 'user@example.com')
  assert.deepEqual(ids(await api.users.settle_accounts.list('js_sa_user', { per_page: 10 })), [ali.id, sa.id])
  const updated = await api.users.settle_accounts.update('js_sa_user', sa.id, { recipient: { ...bank, type: 'b2b' } })
  assert.equal(updated.recipient.type, 'b2b')
  const mobile = await api.users.settle_accounts.mobile('js_sa_user', sa.id, { mobile: '13822334557' })
  assert.equal(mobile.recipient.mobile, '13822334557')
  const deposit = await microDeposit(sa.id)
  await assert.rejects(
    api.users.settle_accounts.verify('js_sa_user', sa.id, { receive_amount: (deposit.receive_amount % 99) + 1 }),
    (err) => err.code === 'invalid_request' && err.httpStatus === 400 && err.param === 'receive_amount',
  )
  assert.equal((await api.users.settle_accounts.verify('js_sa_user', sa.id, { receive_amount: deposit.receive_amount })).id, sa.id)
  assert.equal((await microDeposit(sa.id)).verified, true)
  assert.equal((await api.users.settle_accounts.delete('js_sa_user', ali.id)).deleted, true)
  await assert.rejects(
    api.users.settle_accounts.retrieve('js_sa_user', ali.id),
    (err) => err.httpStatus === 404 && err.param === 'settle_account_id',
  )
  assert.deepEqual((await api.users.retrieve('js_sa_user')).settle_accounts.map((s) => s.id), [sa.id])
  await assert.rejects(
    api.users.settle_accounts.create('js_sa_user', { return_url: 'https://example.com/r', channel: 'alipay', recipient: { account: 'a', name: 'n' } }),
    (err) => err.code === 'validation_failed' && err.param === 'channel',
  )
  const ft = await api.funds_transfers.create({
    channel: 'alipay_fund', order_no: '20250411000001', amount: 1000, subject: '测试充值', description: 'Your description',
  })
  assert.deepEqual([ft.status, ft.app], ['pending', APP])
  await assert.rejects(
    api.funds_transfers.create({ channel: 'alipay_fund', order_no: '20250411000001', amount: 1, subject: 's' }),
    (err) => err.httpStatus === 400 && err.param === 'order_no',
  )
  assert.equal((await mock.control(`/_mock/funds_transfers/${ft.id}/succeed`)).status, 'succeeded')
  assert.equal((await api.funds_transfers.retrieve(ft.id)).status, 'succeeded')
}

test('every operation of the table is served, through the resource namespaces', async () => {
  const client = new Client({ apiKey: KEY, appId: APP, apiBase: mock.baseUrl, maxRetries: 0, timeoutMs: 5000 })
  const { api, seen } = recording(client)
  const app = { id: APP }

  // Charges.
  const paid = await api.charges.create({
    order_no: 'ch001', app, channel: 'isv_scan', amount: 100, client_ip: '127.0.0.1',
    currency: 'cny', subject: 's', body: 'b', extra: SCAN_EXTRA,
  })
  assert.equal(paid.paid, true)
  assert.equal(paid.app, APP)
  const open = await api.charges.create({
    order_no: 'ch002', app, channel: 'alipay', amount: 200, client_ip: '127.0.0.1',
    currency: 'cny', subject: '测试 subject', body: 'b',
  })
  assert.equal(open.paid, false)
  assert.equal(typeof open.credential.alipay, 'object')
  assert.equal(open.subject, '测试 subject')
  assert.equal((await api.charges.retrieve(open.id)).amount, 200)
  assert.deepEqual(ids(await api.charges.list({ app, limit: 10 })), [open.id, paid.id])
  assert.deepEqual(ids(await api.charges.list({ app, paid: true })), [paid.id])
  const re = await api.charges.refunds.create(paid.id, { amount: 30, description: 'part' })
  assert.match(re.id, /^re_/)
  assert.equal(re.charge, paid.id)
  await assert.rejects(api.charges.refunds.create(paid.id, { amount: 80, description: 'too much' }), (err) => {
    assert.ok(err instanceof PingxxError)
    assert.equal(err.code, 'invalid_request')
    assert.equal(err.param, 'amount')
    assert.equal(err.httpStatus, 400)
    return true
  })
  assert.equal((await api.charges.refunds.retrieve(paid.id, re.id)).amount, 30)
  assert.deepEqual(ids(await api.charges.refunds.list(paid.id)), [re.id])
  assert.equal((await api.charges.retrieve(paid.id)).amount_refunded, 30)
  assert.equal((await api.charges.reverse(open.id)).reversed, true)

  // Orders.
  const order = await api.orders.create({
    app: APP, merchant_order_no: 'mo_0001', amount: 100, currency: 'cny',
    client_ip: '127.0.0.1', subject: 's', body: 'b', uid: 'user_1',
  })
  assert.match(order.id, /^\d{19}$/)
  assert.equal(order.status, 'created')
  assert.equal((await api.orders.retrieve(order.id)).merchant_order_no, 'mo_0001')
  assert.deepEqual(ids(await api.orders.list({ app: APP, page: 1, per_page: 10 })), [order.id])
  const paidOrder = await api.orders.pay(order.id, { charge_amount: 100, channel: 'isv_scan', extra: SCAN_EXTRA })
  assert.equal(paidOrder.status, 'paid')
  const och = paidOrder.charge
  assert.equal((await api.orders.charges.retrieve(order.id, och)).paid, true)
  assert.deepEqual(ids(await api.orders.charges.list(order.id)), [och])
  const orf = await api.orders.order_refunds.create(order.id, { description: 'part', charge_amount: 40 })
  assert.equal(orf.object, 'order_refund')
  assert.equal(orf.amount, 40)
  assert.equal((await api.orders.order_refunds.retrieve(order.id, orf.id)).order, order.id)
  assert.deepEqual(ids(await api.orders.order_refunds.list(order.id)), [orf.id])
  const rf = await api.orders.refunds.create(order.id, { order_no: 'rf0001', amount: 10, charge: och, description: 'more' })
  assert.equal(rf.object, 'order_refund')
  assert.match(rf.refund, /^re_/, 'the charge refund behind it')
  assert.equal((await api.orders.refunds.retrieve(order.id, rf.id)).amount, 10)
  assert.ok(ids(await api.orders.refunds.list(order.id)).includes(rf.id))
  const after = await api.orders.retrieve(order.id)
  assert.equal(after.amount_refunded, 50)
  assert.equal(after.status, 'refunded')
  const other = await api.orders.create({
    app: APP, merchant_order_no: 'mo_0002', amount: 10, currency: 'cny', client_ip: '127.0.0.1', subject: 's', body: 'b',
  })
  assert.equal((await api.orders.cancel(other.id)).status, 'canceled')

  // Events.
  const events = await api.events.list({ limit: 20 })
  const types = new Set(events.data.map((e) => e.type))
  for (const t of ['charge.succeeded', 'refund.succeeded', 'order.succeeded', 'order.refund.succeeded']) {
    assert.ok(types.has(t), `${t} missing`)
  }
  const first = events.data[0].id
  assert.match(first, /^evt_.{24}$/)
  assert.equal((await api.events.retrieve(first)).object, 'event')

  // Users and sub-apps (app_id comes from the client's appId).
  const user = await api.users.create({ id: 'user_001', name: 'Li' })
  assert.equal(user.type, 'customer')
  assert.equal((await api.users.retrieve('user_001')).name, 'Li')
  assert.equal((await api.users.update('user_001', { email: 'li@example.com' })).email, 'li@example.com')
  const sub = await api.sub_apps.create({ display_name: 'sub one', user: 'biz_001' })
  assert.match(sub.id, /^app_.{16}$/)
  assert.equal(sub.parent_app, APP)
  const biz = await api.users.retrieve('biz_001')
  assert.equal(biz.type, 'business')
  assert.equal(biz.related_app, sub.id)
  assert.equal(ids(await api.users.list({ page: 1, per_page: 20 })).length, 2)
  assert.equal((await api.sub_apps.retrieve(sub.id)).display_name, 'sub one')
  assert.equal((await api.sub_apps.update(sub.id, { display_name: 'sub two' })).display_name, 'sub two')
  assert.deepEqual(ids(await api.sub_apps.list()), [sub.id])
  const ch = await api.sub_apps.channels.create(sub.id, { channel: 'isv_scan', params: CHANNEL_PARAMS })
  assert.equal(ch.channel, 'isv_scan')
  assert.equal((await api.sub_apps.channels.retrieve(sub.id, 'isv_scan')).banned, false)
  const upd = await api.sub_apps.channels.update(sub.id, 'isv_scan', { params: CHANNEL_PARAMS, description: 'updated' })
  assert.equal(upd.description, 'updated')
  assert.equal((await api.sub_apps.channels.delete(sub.id, 'isv_scan')).deleted, true)
  await assert.rejects(api.sub_apps.channels.retrieve(sub.id, 'isv_scan'), (err) => err.code === 'invalid_request' && err.httpStatus === 404)

  // Simple account.
  assert.equal((await api.upload_pic.create({ pic: 'aGVsbG8=' })).app, APP)
  assert.equal((await api.card_bin.query({ account: '6214850213609784' })).card_bin, '621485')
  const binding = await api.users.settle_accounts.create('user_001', { return_url: 'https://example.com/r' })
  assert.deepEqual([binding.app, binding.user], [APP, 'user_001'])
  assert.ok(binding.card_url.endsWith('redirectUrl=https%3A%2F%2Fexample.com%2Fr'), binding.card_url)
  const sa = await api.settle_accounts.create({
    channel: 'bank_account', user: 'user_001', recipient: { account: '6214850213609784', type: 'b2c', open_bank: 'ICBC' },
  })
  assert.equal(sa.recipient.account, '621485******9784')
  assert.equal((await api.users.retrieve('user_001')).settle_accounts[0].id, sa.id)
  const cus = await api.cus_applications.create({
    user: 'user_001', order_no: 'kh0001', cert_type: 'ID_CARD', cert_name: 'Li',
    cert_number: '110101199003077777', mobile: '13800000000',
  })
  assert.equal((await api.cus_applications.retrieve(cus.id)).object, 'cus_application')
  const mch = await api.mch_applications.create({
    user: 'biz_001', order_no: 'qy0001',
    business_license: {
      copy: 'pic1', number: '911100001234567890', account_opening_license: 'J1000012345678',
      account_opening_license_copy: 'pic2', company_name: 'Example Co', short_name: 'Example', sign_type: 'enterprise',
    },
    legal_person_id_card: { type: 'id_card', copy: 'pic3', national: 'pic4', number: '110101199003077777', name: 'Li' },
    contact_id_card: {
      number: '110101199003077777', name: 'Li', mobile: '13800000000', email: 'li@example.com', service_phone: '4000000000',
    },
    merchant_address: ADDRESS,
    settle_account: { account: '6214850213609784', type: 'b2b', bank_code: 'CMB' },
  })
  assert.equal((await api.mch_applications.retrieve(mch.id)).object, 'mch_application')
  const micro = await api.micro_applications.create({
    user: 'biz_001', order_no: 'xw0001',
    business_license: { sign_name: "Li's shop", short_name: 'Li' },
    merchant_address: ADDRESS,
    legal_person_id_card: {
      type: 'id_card', number: '110101199003077777', copy: 'pic3', national: 'pic4', name: 'Li', mobile: '13800000000',
    },
    settle_account: { account: '6214850213609784', type: 'b2c', bank_code: 'CMB' },
  })
  assert.equal((await api.micro_applications.retrieve(micro.id)).user, 'biz_001')
  const dep = await api.deposits.create({ user: 'user_001', order_no: 'cz0001', amount: 1, extra: { return_url: 'https://example.com/r' } })
  assert.equal(dep.status, 'created')
  // The deposit succeeds and funds the withdrawal: a withdrawal leaves the user's balance.
  assert.equal((await mock.control(`/_mock/deposits/${dep.id}/succeed`)).status, 'succeeded')
  const wd = await api.withdrawals.create({
    user: 'user_001', order_no: 'tx0001', amount: 1, channel: 'yeepay', extra: { return_url: 'https://example.com/r' },
  })
  assert.equal(wd.status, 'created')
  assert.equal((await api.withdrawals.retrieve(wd.id)).order_no, 'tx0001')
  assert.deepEqual(ids(await api.withdrawals.list()), [wd.id])
  assert.equal((await api.withdrawals.confirm(wd.id, { status: 'pending' })).status, 'pending')
  assert.equal((await mock.control(`/_mock/withdrawals/${wd.id}/succeed`)).status, 'succeeded')

  // Allocations.
  const alloc = await api.allocations.create({
    app: APP, order: order.id, order_no: 'fz0001', recipients: [{ user: 'user_001', amount: 10 }],
  })
  assert.equal(alloc.amount, 10)
  assert.equal((await api.allocations.retrieve(alloc.id)).order, order.id)
  const back = await api.allocation_refunds.create({
    app: APP, order: order.id, order_no: 'tfz0001', senders: [{ user: 'user_001', amount: 5 }], extra: { allocation: alloc.id },
  })
  assert.equal(back.type, 'allocation_refund')
  const comp = await api.allocation_completes.create({ app: APP, order: order.id, order_no: 'wc0001' })
  assert.equal((await api.allocation_completes.retrieve(comp.id)).order_no, 'wc0001')
  assert.equal((await api.sub_apps.delete(sub.id)).deleted, true)

  await moneyOut(api)
  await settleAccounts(api)
  await agreementsWalk(api, mock)
  await subAppExtrasWalk(api)
  await balances(api, mock)
  await royaltiesWalk(api)
  await couponsWalk(api)
  await splitProfitsWalk(api, mock)

  const missing = operations()
    .map((op) => op.name)
    .filter((name) => !seen.has(name))
  assert.deepEqual(missing, [], 'operations not exercised')
})

test('client.call by name, app_id from params over the client appId, and raw requests', async () => {
  const client = new Client({ apiKey: KEY, apiBase: mock.baseUrl, maxRetries: 0 })
  const order = await client.call('orders.create', {
    app: APP, merchant_order_no: 'mo_call_1', amount: 5, currency: 'cny', client_ip: '::1', subject: 's', body: 'b',
  })
  const same = await client.call('orders.retrieve', { order_id: order.id })
  assert.deepEqual(same.id, order.id)
  await assert.rejects(client.sub_apps.list(), (err) => err.code === 'validation_failed' && err.param === 'app_id')
  const subs = await client.sub_apps.list({ app_id: APP })
  assert.equal(subs.object, 'list')
  const raw = await client.request('GET', `/v1/orders/${order.id}`)
  assert.equal(raw.merchant_order_no, 'mo_call_1')
  const reversed = await client.request('PUT', `/v1/orders/${order.id}`, { status: 'canceled' })
  assert.equal(reversed.status, 'canceled')
})

test('listAuto and autoPaging walk every page, by page number and by cursor', async () => {
  const client = new Client({ apiKey: KEY, appId: APP, apiBase: mock.baseUrl, maxRetries: 0 })
  const made = []
  for (let i = 0; i < 7; i++) {
    const o = await client.orders.create({
      app: APP, merchant_order_no: `mo_page_${i}`, amount: 1 + i, currency: 'cny', client_ip: '127.0.0.1', subject: 's', body: 'b',
    })
    made.push(o.id)
    await client.charges.create({
      order_no: `page${i}`, app: { id: APP }, channel: 'alipay', amount: 1 + i, client_ip: '127.0.0.1', currency: 'cny', subject: 's', body: 'b',
    })
  }
  const orders = []
  for await (const o of client.orders.listAuto({ app: APP, per_page: 3 })) orders.push(o.id)
  assert.deepEqual([...orders].sort(), [...made].sort())
  assert.equal(new Set(orders).size, 7)
  const charges = []
  for await (const c of client.autoPaging('charges.list', { app: { id: APP }, limit: 2 })) charges.push(c.id)
  assert.equal(charges.length, 7)
  assert.equal(new Set(charges).size, 7)
  const first = await client.charges.list({ app: { id: APP }, limit: 2 })
  assert.equal(first.has_more, true)
  assert.deepEqual(charges.slice(0, 2), ids(first))
})
