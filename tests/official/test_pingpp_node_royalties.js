// The official Ping++ Node SDK (pingpp 2.1.6, unchanged) against `pingxx mock`:
// royalties (retrieve, list, batchUpdate), royalty settlements (create, retrieve, list,
// update, cancel), royalty transactions (retrieve, list) and royalty templates (create,
// retrieve, list, update, del) with the parameters of the SDK's docs (docs/royalty*.md).
// The SDK has no order royalty data (Java and PHP only). Run by scripts/test-official.sh
// after test_pingpp_node.js, with the same environment; the client comes from
// pingpp_node_emulator.js.
'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { APP_ID, invalid, pingpp } = require('./pingpp_node_emulator');

const SCAN_EXTRA = { scan_code: '134567890123456789', terminal_id: 'T0000001' };

let seq = 0;
const orderNo = () => `jsry${Date.now()}${seq++}`;

// docs/royalty_template.md: the rule of create and update.
const RULE = {
  royalty_mode: 'rate',
  refund_mode: 'no_refund',
  allocation_mode: 'receipt_reserved',
  data: [{ level: 0, value: 11 }, { level: 1, value: 12 }],
};

async function paidOrder(payer, amount, royaltyUsers) {
  const order = await pingpp.orders.create({
    app: payer, uid: 'js_user_1', merchant_order_no: orderNo(), amount, currency: 'cny', client_ip: '127.0.0.1',
    subject: 'Your Subject', body: 'Your Body', royalty_users: royaltyUsers,
  });
  return pingpp.orders.pay(order.id, { channel: 'isv_scan', charge_amount: amount, extra: SCAN_EXTRA });
}

test('royalty templates: create, retrieve, list, update, del', async () => {
  const template = await pingpp.royaltyTemplates.create({ app: APP_ID, name: 'royalty_templates name', rule: RULE });
  assert.deepEqual([template.object, template.app, template.rule.data.length], ['royalty_template', APP_ID, 2]);
  assert.equal((await pingpp.royaltyTemplates.retrieve(template.id)).name, 'royalty_templates name');
  const page = await pingpp.royaltyTemplates.list({ page: 1, per_page: 3 });
  assert.ok(page.data.some((t) => t.id === template.id));
  const updated = await pingpp.royaltyTemplates.update(template.id, { name: 'royalty_templates name new', rule: RULE });
  assert.equal(updated.name, 'royalty_templates name new');
  const deleted = await pingpp.royaltyTemplates.del(template.id);
  assert.equal(deleted.deleted, true);
  await assert.rejects(pingpp.royaltyTemplates.retrieve(template.id), (err) => err.type === 'PingppInvalidRequest');
  const fixed = { ...RULE, royalty_mode: 'fixed', data: [{ level: 0, value: 1000001 }] };
  await assert.rejects(pingpp.royaltyTemplates.create({ app: APP_ID, rule: fixed }), invalid('rule.data[0].value'));
});

test('royalties, settlements and transactions', async () => {
  const payer = 'app_JsOfficialRoyal1';
  await paidOrder(payer, 1000, [{ user: 'U201908030002', amount: 100 }, { user: 'U201908030003', amount: 300 }]);
  // docs/royalty.md
  const page = await pingpp.royalties.list({ page: 1, per_page: 3 });
  const mine = page.data.filter((r) => r.payer_app === payer);
  assert.deepEqual(mine.map((r) => r.amount).sort((a, b) => a - b), [100, 300]);
  assert.equal((await pingpp.royalties.retrieve(mine[0].id)).status, 'pending');
  const updated = await pingpp.royalties.batchUpdate({ ids: [mine[0].id], method: null, description: 'Your description' });
  assert.deepEqual([updated.data[0].status, updated.data[0].description], ['pending', 'Your description']);

  // docs/royalty_settlement.md: the 2017 window has nothing to settle; then this order's window.
  const example = { payer_app: APP_ID, method: 'unionpay', recipient_app: APP_ID, is_preview: false, created: { gt: 1488211200, lte: 1488297600 } };
  await assert.rejects(pingpp.royaltySettlements.create(example), invalid('created'));
  const now = Math.floor(Date.now() / 1000);
  const settlement = await pingpp.royaltySettlements.create({
    ...example, payer_app: payer, recipient_app: payer, created: { gt: now - 3600, lte: now + 3600 },
  });
  assert.deepEqual([settlement.status, settlement.amount, settlement.count], ['created', 400, 2]);
  const txs = settlement.royalty_transactions.data;
  assert.equal(txs.reduce((s, t) => s + t.amount, 0), 400);
  const listed = await pingpp.royaltySettlements.list({ payer_app: payer, page: 1, per_page: 3 });
  assert.deepEqual(listed.data.map((s) => s.id), [settlement.id]);
  assert.equal((await pingpp.royaltySettlements.retrieve(settlement.id)).amount, 400);
  const canceled = await pingpp.royaltySettlements.update(settlement.id, { status: 'canceled' });
  assert.deepEqual([canceled.status, canceled.amount_canceled], ['canceled', 400]);
  await assert.rejects(pingpp.royaltySettlements.cancel(settlement.id), invalid('status'));

  // The released royalties settle again, and are confirmed.
  const again = await pingpp.royaltySettlements.create({ payer_app: payer, method: 'balance' });
  assert.equal(again.amount, 400);
  const done = await pingpp.royaltySettlements.update(again.id, { status: 'pending' });
  assert.deepEqual([done.status, done.amount_succeeded], ['succeeded', 400]);

  // docs/royalty_transaction.md
  const txPage = await pingpp.royaltyTransactions.list({ page: 1, per_page: 3 });
  assert.ok(txPage.data.some((t) => t.royalty_settlement === again.id));
  const tx = await pingpp.royaltyTransactions.retrieve(again.royalty_transactions.data[0].id);
  assert.deepEqual([tx.royalty_settlement, tx.status], [again.id, 'succeeded']);
});
