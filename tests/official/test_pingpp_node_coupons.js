// The official Ping++ Node SDK (pingpp 2.1.6, unchanged) against `pingxx mock`:
// couponTemplates (create, retrieve, list, update, delete, createCoupon, listCoupons)
// and coupons (create, retrieve, list, update, delete) with the parameters of the
// SDK's docs (docs/coupon_template.md, docs/coupon.md), and an order that uses a
// coupon. Run by scripts/test-official.sh after test_pingpp_node.js, with the same
// environment; the client comes from pingpp_node_emulator.js.
'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { APP_ID, invalid, pingpp } = require('./pingpp_node_emulator');

let seq = 0;
const unique = (prefix) => `${prefix}${Date.now()}${seq++}`;

// docs/coupon_template.md (a cash template of 1 fen off orders of 10000 or more).
const TEMPLATE = {
  name: '25OFF', type: 1, amount_off: 1, amount_available: 10000, max_circulation: 1000, metadata: {}, expiration: null,
};

async function user() {
  const id = unique('jscpu');
  await pingpp.users.create(APP_ID, { id });
  return id;
}

const order = (uid, amount, coupon) => pingpp.orders.create({
  app: APP_ID, uid, merchant_order_no: unique('jscp'), amount, currency: 'cny', client_ip: '127.0.0.1',
  subject: '普洱茶', body: "One cake of Pu'er tea", coupon,
});
// A 404 names the missing object: `No such <kind>: <id>`.
const missing = (param, id) => (err) => invalid(param)(err) && err.message.includes('No such') && err.message.includes(id);

test('couponTemplates: create, retrieve, list, update, createCoupon, listCoupons, delete', async () => {
  const [u1, u2, u3] = [await user(), await user(), await user()];
  const tpl = await pingpp.couponTemplates.create(APP_ID, TEMPLATE);
  assert.deepEqual([tpl.object, tpl.type, tpl.amount_off, tpl.times_circulated], ['coupon_template', 1, 1, 0]);
  assert.equal((await pingpp.couponTemplates.retrieve(APP_ID, tpl.id)).max_circulation, 1000);
  const page = await pingpp.couponTemplates.list(APP_ID, { page: 1 });
  assert.ok(page.data.some((t) => t.id === tpl.id));
  const updated = await pingpp.couponTemplates.update(APP_ID, tpl.id, { metadata: { key: 'value' } });
  assert.equal(updated.metadata.key, 'value');
  const issued = await pingpp.couponTemplates.createCoupon(APP_ID, tpl.id, { users: [u1, u2, u3] });
  assert.equal(issued.object, 'list');
  assert.deepEqual(issued.data.map((c) => c.user), [u1, u2, u3]);
  const listed = await pingpp.couponTemplates.listCoupons(APP_ID, tpl.id, { page: 1 });
  assert.deepEqual(listed.data.map((c) => c.id).sort(), issued.data.map((c) => c.id).sort());
  await assert.rejects(pingpp.couponTemplates.createCoupon(APP_ID, tpl.id, { users: [] }), invalid('users'));
  const deleted = await pingpp.couponTemplates.delete(APP_ID, tpl.id);
  assert.deepEqual([deleted.id, deleted.deleted], [tpl.id, true]);
  await assert.rejects(pingpp.couponTemplates.retrieve(APP_ID, tpl.id), missing('coupon_template_id', tpl.id));
});

test('coupons: create, retrieve, list, update, delete, and an order that uses one', async () => {
  const uid = await user();
  const tpl = await pingpp.couponTemplates.create(APP_ID, { ...TEMPLATE, amount_off: 300, max_circulation: 2 });
  // docs/coupon.md
  const coupon = await pingpp.coupons.create(APP_ID, uid, { coupon_template: tpl.id, metadata: {} });
  assert.deepEqual([coupon.object, coupon.user, coupon.status], ['coupon', uid, 'available']);
  assert.equal((await pingpp.coupons.retrieve(APP_ID, uid, coupon.id)).coupon_template.id, tpl.id);
  assert.ok((await pingpp.coupons.list(APP_ID, uid, { page: 1 })).data.some((c) => c.id === coupon.id));
  const changed = await pingpp.coupons.update(APP_ID, uid, coupon.id, { metadata: { key: 'value' } });
  assert.equal(changed.metadata.key, 'value');

  await assert.rejects(order(uid, 9999, coupon.id), invalid('coupon'));
  const o = await order(uid, 10000, coupon.id);
  assert.deepEqual([o.amount, o.coupon_amount, o.actual_amount], [10000, 300, 9700]);
  assert.equal((await pingpp.coupons.retrieve(APP_ID, uid, coupon.id)).status, 'used');
  await assert.rejects(order(uid, 10000, coupon.id), invalid('coupon'));
  await pingpp.orders.cancel(o.id);
  assert.equal((await pingpp.coupons.retrieve(APP_ID, uid, coupon.id)).status, 'available');

  await pingpp.coupons.create(APP_ID, uid, { coupon_template: tpl.id });
  await assert.rejects(pingpp.coupons.create(APP_ID, uid, { coupon_template: tpl.id }), invalid('coupon_template'));
  const deleted = await pingpp.coupons.delete(APP_ID, uid, coupon.id);
  assert.deepEqual([deleted.id, deleted.deleted], [coupon.id, true]);
  await assert.rejects(pingpp.coupons.retrieve(APP_ID, uid, coupon.id), missing('coupon_id', coupon.id));
  await assert.rejects(pingpp.couponTemplates.create(APP_ID, { ...TEMPLATE, amount_off: 0 }), invalid('amount_off'));
});
