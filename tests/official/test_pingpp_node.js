// The official Ping++ Node SDK (pingpp 2.1.6, unchanged) against `pingxx mock`.
//
// Run by scripts/test-official.sh, which starts the emulator with the example
// merchant public key. The SDK sends Basic auth, a trailing `?` on GETs, and
// signs every request; the emulator verifies each signature.
//
// pingpp 2.1.6 writes the request body on the socket's 'connect' event, which a
// reused keep-alive socket never fires: on Node >= 19 (keep-alive global agent)
// the second request would hang. The SDK passes no agent, so it uses
// http.globalAgent: this test replaces it with a non-keep-alive agent, giving
// every request a fresh socket, as on Node <= 18.
'use strict';

const assert = require('node:assert/strict');
const http = require('node:http');
const fs = require('node:fs');
const { test, before } = require('node:test');

http.globalAgent = new http.Agent({ keepAlive: false });

const pingppFactory = require('pingpp');

const base = new URL(process.env.PINGXX_API_BASE);
const APP_ID = 'app_1Gqj58ynP0mHeX1q';
const SCAN_EXTRA = { scan_code: '134567890123456789', terminal_id: 'T0000001' };

function client(keyPath) {
  const p = pingppFactory('sk_test_ibbTe5jLGCi5rzfH4OqPW9KC');
  p.setHost(base.hostname, base.port, 'http');
  p.setPrivateKey(fs.readFileSync(keyPath, 'utf8'));
  p.setTimeout(15000);
  return p;
}

const pingpp = client(process.env.PINGXX_MERCHANT_KEY);
let seq = 0;
const unique = (prefix) => `${prefix}${Date.now()}${process.pid % 10000}${seq++}`;

function createCharge(orderNo, amount = 1200) {
  return pingpp.charges.create({
    order_no: orderNo,
    app: { id: APP_ID },
    channel: 'isv_scan',
    amount,
    client_ip: '127.0.0.1',
    currency: 'cny',
    subject: '测试 Subject',
    body: 'One box of oolong tea',
    extra: SCAN_EXTRA,
  });
}

// Order and batch numbers as the SDK's examples make them: milliseconds, plus a
// counter so that two in the same millisecond differ.
const digits = (n) => `${Date.now()}${String(seq++ % 1000).padStart(3, '0')}${process.pid}`.slice(0, n);

// POST to an emulator control route (/_mock/...): plain HTTP, no SDK.
async function mockControl(path) {
  const res = await fetch(`${process.env.PINGXX_API_BASE}/_mock/${path}`, { method: 'POST' });
  assert.equal(res.status, 200, `${path}: ${await res.text()}`);
}

// pingpp.transfers.create as example/transfer/transfer_create.js calls it, with
// the recipient and extra of example/transfer/transfer_extra.js.
const TRANSFER_EXTRA = {
  alipay: { recipient_name: '张三', recipient_account_type: 'ALIPAY_LOGONID' },
  wx_pub: { user_name: '张三', force_check: true },
  unionpay: { card_number: '6228480402564890011', user_name: '张三', open_bank_code: '0103', open_bank: '农业银行' },
  allinpay: { card_number: '6228480402564890011', user_name: '张三', open_bank_code: '0103', card_type: 0 },
  jdpay: { card_number: '6228480402564890011', user_name: '张三', open_bank_code: '0103' },
  balance: {},
};
const TRANSFER_RECIPIENT = {
  alipay: 'alipayaccount@gmail.com',
  wx_pub: 'o7xEMsySBFG3MVHI-9VsAJX-j50W',
  balance: 'user_test_02',
};

function createTransfer(channel, overrides = {}) {
  const params = {
    order_no: channel === 'allinpay' ? `301002${digits(16)}000001` : digits(16),
    app: { id: APP_ID },
    channel,
    amount: 100,
    currency: 'cny',
    type: 'b2c',
    description: 'Your Description',
    extra: TRANSFER_EXTRA[channel],
  };
  if (TRANSFER_RECIPIENT[channel]) params.recipient = TRANSFER_RECIPIENT[channel];
  return pingpp.transfers.create({ ...params, ...overrides });
}

// pingpp.batchTransfers.create as example/batch_transfer/batch_transfer_create.js
// calls it, with the recipients of example/batch_transfer_recipient.js.
const BATCH_RECIPIENT = {
  alipay: { amount: 5000, account: 'alipayaccount@gmail.com', name: '张三' },
  wx_pub: { amount: 5000, open_id: 'o7xEMsySBFG3MVHI-9VsAJX-j50W' },
  unionpay: { amount: 5000, account: '6228480402564890011', name: '张三', open_bank_code: '0103' },
};

function createBatchTransfer(channel, recipients = [BATCH_RECIPIENT[channel]], overrides = {}) {
  return pingpp.batchTransfers.create({
    app: APP_ID,
    batch_no: digits(16),
    channel,
    amount: recipients.reduce((sum, r) => sum + r.amount, 0),
    description: 'Your Description',
    recipients,
    type: 'b2c',
    ...overrides,
  });
}

// pingpp.redEnvelopes.create as example/red_envelope.js calls it.
function createRedEnvelope(overrides = {}) {
  return pingpp.redEnvelopes.create({
    order_no: digits(16),
    app: { id: APP_ID },
    channel: 'wx_pub',
    amount: 100,
    currency: 'cny',
    subject: 'Your Subject',
    body: 'Your Body',
    extra: { send_name: 'Send Name' },
    recipient: 'Openid',
    description: 'Your Description',
    ...overrides,
  });
}

// A upacp charge: unpaid until the emulator settles it (/_mock/charges/{id}/succeed).
function createUpacpCharge(amount = 1000) {
  return pingpp.charges.create({
    order_no: digits(16),
    app: { id: APP_ID },
    channel: 'upacp',
    amount,
    client_ip: '127.0.0.1',
    currency: 'cny',
    subject: 'Your Subject',
    body: 'Your Body',
  });
}

// pingpp.customs.create as example/customs.js calls it, except tax_amount: the
// example sends the string "10", which the emulator refuses (an integer, as in
// the API reference).
function createCustoms(charge, overrides = {}) {
  return pingpp.customs.create({
    app: APP_ID,
    charge,
    channel: 'upacp',
    trade_no: digits(13),
    customs_code: 'GUANGZHOU',
    amount: 100,
    transport_amount: 0,
    is_split: false,
    extra: {
      pay_account: '1234567890',
      certif_type: '02',
      customer_name: 'A Name',
      certif_id: 'ID Card No',
      tax_amount: 10,
    },
    ...overrides,
  });
}

function invalid(param) {
  return (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.equal(err.rawType, 'invalid_request_error');
    assert.equal(err.param, param);
    return true;
  };
}

before(async () => {
  const res = await fetch(`${process.env.PINGXX_API_BASE}/_mock/reset`, { method: 'POST' });
  assert.equal(res.status, 200);
});

test('charge: create, retrieve, list', async () => {
  const orderNo = unique('js');
  const ch = await createCharge(orderNo);
  assert.match(ch.id, /^ch_[0-9A-Za-z]{24}$/);
  assert.equal(ch.object, 'charge');
  assert.equal(ch.amount, 1200);
  assert.equal(ch.order_no, orderNo);
  assert.equal(ch.subject, '测试 Subject');
  assert.equal(ch.paid, true);
  assert.equal(ch.livemode, false);

  const again = await pingpp.charges.retrieve(ch.id);
  assert.equal(again.id, ch.id);
  assert.equal(again.order_no, orderNo);

  const second = await createCharge(unique('js'), 500);
  const page = await pingpp.charges.list({ app: { id: APP_ID }, limit: 3 });
  assert.equal(page.object, 'list');
  const ids = page.data.map((c) => c.id);
  assert.ok(ids.includes(ch.id) && ids.includes(second.id), JSON.stringify(ids));
  assert.ok(ids.length <= 3);
});

test('order: create, retrieve, list, pay', async () => {
  const merchantOrderNo = unique('jsorder');
  const order = await pingpp.orders.create({
    app: APP_ID,
    uid: 'js_user_1',
    merchant_order_no: merchantOrderNo,
    amount: 1000,
    currency: 'cny',
    client_ip: '127.0.0.1',
    subject: '普洱茶',
    body: "One cake of Pu'er tea",
  });
  assert.match(order.id, /^\d{19}$/);
  assert.equal(order.object, 'order');
  assert.equal(order.status, 'created');
  assert.equal(order.paid, false);
  assert.equal(order.merchant_order_no, merchantOrderNo);

  const again = await pingpp.orders.retrieve(order.id);
  assert.equal(again.id, order.id);
  assert.equal(again.subject, '普洱茶');

  const page = await pingpp.orders.list({ app: APP_ID, page: 1, per_page: 10 });
  assert.equal(page.object, 'list');
  assert.ok(page.data.some((o) => o.id === order.id));

  const paid = await pingpp.orders.pay(order.id, { channel: 'isv_scan', charge_amount: 1000, extra: SCAN_EXTRA });
  assert.equal(paid.status, 'paid');
  assert.equal(paid.paid, true);
});

test('errors come back as SDK errors', async () => {
  await assert.rejects(pingpp.charges.retrieve('ch_DoesNotExist000000000000'), (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.equal(err.rawType, 'invalid_request_error');
    assert.match(err.message, /ch_DoesNotExist/);
    return true;
  });
  const orderNo = unique('jsdup');
  await createCharge(orderNo);
  await assert.rejects(createCharge(orderNo), (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.equal(err.param, 'order_no');
    return true;
  });
});

test('a request signed with another key is refused', async () => {
  const other = client(process.env.PINGXX_OTHER_KEY);
  await assert.rejects(other.charges.retrieve('ch_DoesNotExist000000000000'), (err) => {
    assert.ok(['PingppAuthenticationError', 'PingppInvalidRequest'].includes(err.type), err.type);
    return true;
  });
});

// Transfers, batch transfers and red envelopes: pingpp 2.1.6 has create,
// retrieve and list for each, and batchTransfers.cancel (and .update, the same
// PUT); no transfers.cancel or transfers.reverse.

test('transfer: create by channel, retrieve, list', async () => {
  const created = {};
  for (const channel of Object.keys(TRANSFER_EXTRA)) {
    const tr = await createTransfer(channel);
    assert.match(tr.id, /^tr_[0-9A-Za-z]{24}$/);
    assert.equal(tr.object, 'transfer');
    assert.equal(tr.channel, channel);
    assert.equal(tr.status, 'pending');
    assert.equal(tr.amount, 100);
    assert.equal(tr.type, 'b2c');
    assert.equal(tr.app, APP_ID);
    assert.equal(tr.livemode, false);
    created[channel] = tr;
  }
  assert.equal(created.wx_pub.recipient, 'o7xEMsySBFG3MVHI-9VsAJX-j50W');
  assert.deepEqual(created.wx_pub.extra, TRANSFER_EXTRA.wx_pub);
  assert.equal(created.alipay.extra.recipient_name, '张三');

  const again = await pingpp.transfers.retrieve(created.unionpay.id);
  assert.equal(again.id, created.unionpay.id);
  assert.equal(again.order_no, created.unionpay.order_no);
  assert.equal(again.extra.card_number, '6228480402564890011');

  const page = await pingpp.transfers.list({ limit: 3, app: { id: APP_ID } });
  assert.equal(page.object, 'list');
  assert.deepEqual(page.data.map((t) => t.id), ['balance', 'jdpay', 'allinpay'].map((c) => created[c].id));
  assert.equal(page.has_more, true);
  const all = await pingpp.transfers.list({ limit: 100, app: { id: APP_ID } });
  const ids = all.data.map((t) => t.id);
  for (const tr of Object.values(created)) assert.ok(ids.includes(tr.id), tr.id);
});

test('transfer: status follows the mock controls; limits are SDK errors', async () => {
  const paid = await createTransfer('alipay');
  const failed = await createTransfer('wx_pub');
  await mockControl(`transfers/${paid.id}/succeed`);
  await mockControl(`transfers/${failed.id}/fail`);
  assert.equal((await pingpp.transfers.retrieve(paid.id)).status, 'paid');
  const f = await pingpp.transfers.retrieve(failed.id);
  assert.equal(f.status, 'failed');
  assert.ok(f.failure_msg);

  await assert.rejects(createTransfer('alipay', { order_no: paid.order_no }), invalid('order_no'));
  await assert.rejects(createTransfer('balance', { amount: 99 }), invalid('amount'));
  await assert.rejects(pingpp.transfers.retrieve('tr_DoesNotExist000000000000'), (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.match(err.message, /tr_DoesNotExist/);
    return true;
  });
});

test('batch transfer: create, retrieve, list, finish', async () => {
  const bt = await createBatchTransfer('alipay');
  assert.match(bt.id, /^\d{19}$/);
  assert.equal(bt.object, 'batch_transfer');
  assert.equal(bt.status, 'pending');
  assert.equal(bt.amount, 5000);
  assert.equal(bt.app, APP_ID);
  assert.equal(bt.recipients.length, 1);
  const [r] = bt.recipients;
  assert.equal(r.account, 'alipayaccount@gmail.com');
  assert.equal(r.status, 'pending');
  assert.match(r.transfer, /^tr_/);
  const tr = await pingpp.transfers.retrieve(r.transfer);
  assert.equal(tr.batch_no, bt.batch_no);
  assert.equal(tr.amount, 5000);
  assert.equal(tr.status, 'pending');

  const again = await pingpp.batchTransfers.retrieve(bt.id);
  assert.equal(again.id, bt.id);
  assert.equal(again.batch_no, bt.batch_no);

  const page = await pingpp.batchTransfers.list({ page: 1, per_page: 3, app: APP_ID });
  assert.equal(page.object, 'list');
  assert.ok(page.data.some((b) => b.id === bt.id));
  assert.ok(page.data.length <= 3);

  await mockControl(`transfers/${r.transfer}/succeed`);
  const done = await pingpp.batchTransfers.retrieve(bt.id);
  assert.equal(done.status, 'succeeded');
  assert.equal(done.recipients[0].status, 'paid');
});

test('batch transfer: cancel, repeated batch_no, wrong amount', async () => {
  const recipients = [BATCH_RECIPIENT.wx_pub, { ...BATCH_RECIPIENT.wx_pub, amount: 3000 }];
  const bt = await createBatchTransfer('wx_pub', recipients);
  assert.equal(bt.amount, 8000);
  const canceled = await pingpp.batchTransfers.cancel(bt.id);
  assert.equal(canceled.id, bt.id);
  assert.equal(canceled.status, 'canceled');
  assert.deepEqual(canceled.recipients.map((r) => r.status), ['canceled', 'canceled']);
  for (const r of canceled.recipients) {
    assert.equal((await pingpp.transfers.retrieve(r.transfer)).status, 'canceled');
  }
  assert.equal((await pingpp.batchTransfers.retrieve(bt.id)).status, 'canceled');
  await assert.rejects(pingpp.batchTransfers.cancel(bt.id), (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.equal(err.rawType, 'invalid_request_error');
    return true;
  });

  await assert.rejects(createBatchTransfer('unionpay', undefined, { batch_no: bt.batch_no }), invalid('batch_no'));
  await assert.rejects(createBatchTransfer('unionpay', undefined, { amount: 4999 }), invalid('amount'));
});

test('red envelope: create, retrieve, list, receive, refund', async () => {
  const red = await createRedEnvelope();
  assert.match(red.id, /^red_[0-9A-Za-z]{24}$/);
  assert.equal(red.object, 'red_envelope');
  assert.equal(red.status, 'sent');
  assert.equal(red.amount, 100);
  assert.equal(red.recipient, 'Openid');
  assert.equal(red.extra.send_name, 'Send Name');
  assert.equal(red.app, APP_ID);

  const again = await pingpp.redEnvelopes.retrieve(red.id);
  assert.equal(again.id, red.id);
  assert.equal(again.order_no, red.order_no);

  const other = await createRedEnvelope({ amount: 20000 });
  const page = await pingpp.redEnvelopes.list({ limit: 10 });
  assert.equal(page.object, 'list');
  const ids = page.data.map((r) => r.id);
  assert.ok(ids.includes(red.id) && ids.includes(other.id), JSON.stringify(ids));

  await mockControl(`red_envelopes/${red.id}/receive`);
  assert.equal((await pingpp.redEnvelopes.retrieve(red.id)).status, 'received');
  await mockControl(`red_envelopes/${other.id}/refund`);
  assert.equal((await pingpp.redEnvelopes.retrieve(other.id)).status, 'refunded');

  await assert.rejects(createRedEnvelope({ order_no: red.order_no }), invalid('order_no'));
  await assert.rejects(createRedEnvelope({ amount: 99 }), invalid('amount'));
  await assert.rejects(createRedEnvelope({ order_no: '1'.repeat(29) }), invalid('order_no'));
});

// Customs and the account services: pingpp 2.1.6 has customs.create and
// customs.retrieve (no list), identification.identify and cardInfo.query;
// nothing for GET /v1/sub_banks. Its batchRefunds resource is built on
// charges/{chargeId}/refunds, not /v1/batch_refunds, so it cannot reach batch
// refunds and is not called here.

test('customs: create, retrieve; the charge must be paid', async () => {
  const charge = await createUpacpCharge();
  assert.equal(charge.paid, false);
  await assert.rejects(createCustoms(charge.id), invalid('charge'));
  await assert.rejects(createCustoms('ch_DoesNotExist000000000000'), invalid('charge'));
  await mockControl(`charges/${charge.id}/succeed`);
  assert.equal((await pingpp.charges.retrieve(charge.id)).paid, true);

  const customs = await createCustoms(charge.id);
  assert.match(customs.id, /^\d{20}$/);
  assert.equal(customs.object, 'customs');
  assert.equal(customs.status, 'succeeded');
  assert.equal(customs.app, APP_ID);
  assert.equal(customs.charge, charge.id);
  assert.equal(customs.channel, 'upacp');
  assert.equal(customs.amount, 100);
  assert.equal(customs.customs_code, 'GUANGZHOU');
  assert.equal(customs.is_split, false);
  assert.equal(customs.extra.certif_type, '02');
  assert.equal(customs.extra.tax_amount, 10);

  const again = await pingpp.customs.retrieve(customs.id);
  assert.equal(again.id, customs.id);
  assert.equal(again.trade_no, customs.trade_no);
  assert.equal(again.charge, charge.id);
  await assert.rejects(pingpp.customs.retrieve('14201609291525440636'), (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.match(err.message, /14201609291525440636/);
    return true;
  });

  await assert.rejects(createCustoms(charge.id, { trade_no: '1234567' }), invalid('trade_no'));
  await assert.rejects(
    createCustoms(charge.id, { extra: { certif_type: '08' } }),
    invalid('extra.certif_type'),
  );
  await assert.rejects(createCustoms(charge.id, { extra: { tax_amount: '10' } }), invalid('extra.tax_amount'));
});

test('identification: identify', async () => {
  // example/identification.js
  const result = await pingpp.identification.identify({
    type: 'bank_card',
    app: APP_ID,
    data: { id_name: '张三', id_number: '320291198811110000', card_number: '6201111122223333' },
  });
  assert.equal(result.result_code, 0);
  assert.equal(result.type, 'bank_card');
  assert.equal(result.app, APP_ID);
  assert.equal(result.data.card_number, '6201111122223333');

  const x = await pingpp.identification.identify({
    type: 'id_card',
    app: APP_ID,
    data: { id_name: '张三', id_number: '32029119881111000X' },
  });
  assert.equal(x.result_code, 0);
  const wrong = await pingpp.identification.identify({
    type: 'id_card',
    app: APP_ID,
    data: { id_name: '张三', id_number: '32029119881111000A' },
  });
  assert.notEqual(wrong.result_code, 0);
  assert.ok(wrong.message);

  await assert.rejects(
    pingpp.identification.identify({ type: 'bank_card', app: APP_ID, data: { id_name: '张三', id_number: '320291198811110000' } }),
    invalid('data.card_number'),
  );
  await assert.rejects(
    pingpp.identification.identify({ type: 'passport', app: APP_ID, data: { id_name: '张三', id_number: '320291198811110000' } }),
    invalid('type'),
  );
});

test('card info: query', async () => {
  const info = await pingpp.cardInfo.query({ app: APP_ID, bank_account: '6222280012469823' }); // example/card_info.js
  assert.equal(info.app, APP_ID);
  assert.equal(info.card_bin, '622228');
  assert.match(info.open_bank_code, /^\d{4}$/);
  assert.ok(info.open_bank);
  assert.ok(Array.isArray(info.support_channels));
  const other = await pingpp.cardInfo.query({ app: APP_ID, bank_account: '6225880012469823' });
  assert.equal(other.card_bin, '622588');
  assert.notEqual(other.open_bank_code, info.open_bank_code);

  await assert.rejects(pingpp.cardInfo.query({ app: APP_ID }), invalid('bank_account'));
});
