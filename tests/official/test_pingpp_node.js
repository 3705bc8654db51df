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
