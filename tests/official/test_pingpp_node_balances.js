// The official Ping++ Node SDK (pingpp 2.1.6, unchanged) against `pingxx mock`:
// recharges, balance bonuses, transfers, transactions, settlements, withdrawals
// and batch withdrawals, with the parameters of the SDK's own examples
// (example/recharge/*.js, example/balance/*.js, example/withdrawal/*.js,
// example/batch_withdrawal/batch_withdrawals.js; docs/recharge.md,
// docs/balance_*.md). Run by scripts/test-official.sh; the client comes from
// pingpp_node_emulator.js.
'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { APP_ID, invalid, mockControl, pingpp } = require('./pingpp_node_emulator');

let seq = 0;
// 10-digit order numbers like the examples' (time based), with a counter so that they never repeat.
const orderNo = () => String(Date.now() % 1000000).padStart(6, '0') + String(seq++ % 10000).padStart(4, '0');
const userId = (prefix) => `${prefix}_${Date.now() % 100000000}_${seq++}`;

async function newUser(prefix) {
  const id = userId(prefix);
  await pingpp.users.create(APP_ID, { id });
  return id;
}

async function balanceOf(user) {
  const u = await pingpp.users.retrieve(APP_ID, user);
  assert.equal(u.available_balance, u.withdrawable_balance);
  return u.available_balance;
}

// pingpp.balanceBonuses.create as docs/balance_bonus.md calls it.
const bonus = (user, amount) =>
  pingpp.balanceBonuses.create(APP_ID, { user, order_no: orderNo(), amount, description: 'Your Description' });

// pingpp.withdrawals.create as example/withdrawal/withdrawal.js calls it (unionpay extra of withdrawal_extra.js).
const withdrawal = (user) =>
  pingpp.withdrawals.create(APP_ID, {
    user,
    amount: 20,
    channel: 'unionpay',
    user_fee: 10,
    order_no: orderNo(),
    description: 'test232description',
    extra: {
      account: '6225210207078888', name: '张三', open_bank_code: '0308', open_bank: '招商银行',
      prov: '上海', city: '上海', sub_bank: '徐家汇支行',
    },
  });

const rejectsWith = (promise, param) => assert.rejects(promise, invalid(param));

test('recharge: create, retrieve, list, createRefund, retrieveRefund, listRefunds', async () => {
  const user = await newUser('user_test_02');
  const params = {
    user,
    user_fee: 10,
    description: 'Recharge description.',
    charge: {
      amount: 30,
      channel: 'alipay_wap',
      order_no: orderNo(),
      client_ip: '127.0.0.1',
      subject: 'Recharge subject',
      body: 'Recharge body',
      extra: { success_url: 'https://example.com/success' },
    },
  };
  const recharge = await pingpp.recharge.create(APP_ID, params);
  assert.equal(recharge.object, 'recharge');
  assert.equal(recharge.succeeded, false);
  await mockControl(`charges/${recharge.charge.id}/succeed`);
  assert.equal((await pingpp.recharge.retrieve(APP_ID, recharge.id)).succeeded, true);
  assert.equal(await balanceOf(user), 20, 'amount less user_fee');
  const page = await pingpp.recharge.list(APP_ID, { page: 1, per_page: 3 });
  assert.ok(page.data.some((r) => r.id === recharge.id));
  await rejectsWith(pingpp.recharge.create(APP_ID, params), 'charge.order_no');

  const refund = await pingpp.recharge.createRefund(APP_ID, recharge.id, { description: 'Refund description.' });
  assert.equal(refund.amount, 20);
  assert.equal(await balanceOf(user), 0);
  assert.equal((await pingpp.recharge.retrieveRefund(APP_ID, recharge.id, refund.id)).id, refund.id);
  assert.deepEqual((await pingpp.recharge.listRefunds(APP_ID, recharge.id, {})).data.map((r) => r.id), [refund.id]);
  await rejectsWith(pingpp.recharge.createRefund(APP_ID, recharge.id, {}), 'recharge_id');
});

test('balanceBonuses, balanceTransfers and balanceTransactions', async () => {
  const user = await newUser('test_user_001');
  const recipient = await newUser('test_user_003');
  const given = await bonus(user, 10);
  assert.equal((await pingpp.balanceBonuses.retrieve(APP_ID, given.id)).amount, 10);
  assert.ok((await pingpp.balanceBonuses.list(APP_ID, { page: 1, per_page: 3 })).data.some((b) => b.id === given.id));

  const transfer = await pingpp.balanceTransfers.create(APP_ID, {
    user, recipient, order_no: orderNo(), user_fee: 0, amount: 1, description: 'Balance transfer description.',
  });
  assert.deepEqual([await balanceOf(user), await balanceOf(recipient)], [9, 1]);
  assert.equal((await pingpp.balanceTransfers.retrieve(APP_ID, transfer.id)).recipient, recipient);
  assert.ok((await pingpp.balanceTransfers.list(APP_ID, { page: 1, per_page: 3 })).data.some((t) => t.id === transfer.id));
  await rejectsWith(
    pingpp.balanceTransfers.create(APP_ID, { user, recipient: '0', order_no: orderNo(), amount: 10 }),
    'amount',
  );
  // Recipient 0 is the merchant's own account.
  await pingpp.balanceTransfers.create(APP_ID, { user, recipient: '0', order_no: orderNo(), amount: 9 });
  assert.equal(await balanceOf(user), 0);

  const txs = await pingpp.balanceTransactions.list(APP_ID, { page: 1 });
  const tx = await pingpp.balanceTransactions.retrieve(APP_ID, transfer.user_balance_transaction);
  assert.deepEqual([tx.amount, tx.available_balance, tx.user], [-1, 9, user]);
  assert.ok(txs.data.length > 0);
});

test('balanceSettlements: an order with balance_settlement, once paid', async () => {
  const user = await newUser('biz_user');
  const order = await pingpp.orders.create({
    app: APP_ID, uid: user, merchant_order_no: orderNo(), amount: 500, currency: 'cny', client_ip: '127.0.0.1',
    subject: 'Your subject', body: 'Your body', balance_settlement: { user, user_fee: 50 },
  });
  await pingpp.orders.pay(order.id, { channel: 'balance', charge_amount: 500 });
  assert.equal(await balanceOf(user), 450);
  const datas = await pingpp.balanceSettlements.list(APP_ID, { page: 1, per_page: 3 });
  const mine = datas.data.find((s) => s.user === user);
  const data = await pingpp.balanceSettlements.retrieve(APP_ID, mine.id);
  assert.deepEqual([data.amount, data.user_fee, data.status], [450, 50, 'succeeded']);
});

test('withdrawals: create, list, retrieve, cancel, confirm', async () => {
  const user = await newUser('test_user_001');
  await bonus(user, 60);
  const w = await withdrawal(user);
  assert.equal(await balanceOf(user), 30, 'amount + user_fee left');
  assert.ok((await pingpp.withdrawals.list(APP_ID, { per_page: 3 })).data.some((x) => x.id === w.id));
  assert.equal((await pingpp.withdrawals.retrieve(APP_ID, w.id)).status, 'created');
  assert.equal((await pingpp.withdrawals.cancel(APP_ID, w.id)).status, 'canceled');
  assert.equal(await balanceOf(user), 60);
  await rejectsWith(pingpp.withdrawals.confirm(APP_ID, w.id), 'status');
  const other = await withdrawal(user);
  assert.equal((await pingpp.withdrawals.confirm(APP_ID, other.id)).status, 'pending');
  assert.equal((await mockControl(`withdrawals/${other.id}/succeed`)).status, 'succeeded');
  assert.equal(await balanceOf(user), 30);
});

test('batchWithdrawals: create, retrieve, list', async () => {
  const user = await newUser('test_user_001');
  await bonus(user, 60);
  const ids = [(await withdrawal(user)).id, (await withdrawal(user)).id];
  const batch = await pingpp.batchWithdrawals.create(APP_ID, { withdrawals: ids });
  assert.deepEqual([batch.object, batch.status, batch.amount, batch.count], ['batch_withdrawal', 'pending', 40, 2]);
  assert.equal((await pingpp.batchWithdrawals.retrieve(APP_ID, batch.id)).id, batch.id);
  assert.ok((await pingpp.batchWithdrawals.list(APP_ID, { per_page: 3 })).data.some((b) => b.id === batch.id));
  await rejectsWith(pingpp.batchWithdrawals.create(APP_ID, { withdrawals: ids }), 'withdrawals[0]');
});
