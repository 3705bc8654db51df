// pingpp 2.1.6 (unchanged) calls a user's settle accounts against `pingxx mock`:
// settleAccounts create (example/settle_account/settle_account.js and the other
// channels' recipients), retrieve, list and delete. Run by scripts/test-official.sh.
// The client comes from pingpp_node_emulator.js.
'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { APP_ID, invalid, pingpp } = require('./pingpp_node_emulator');

let seq = 0;
const unique = (prefix) => `${prefix}${Date.now()}${process.pid % 10000}${seq++}`;

// The example's alipay recipient, and the bank account and wx_pub ones of the SDKs' docs.
const RECIPIENTS = {
  alipay: { account: 'account01@gmail.com', name: '李四', type: 'b2c', account_type: 'ALIPAY_LOGONID' },
  bank_account: { account: '6214888888888888', name: '张三', type: 'b2c', open_bank_code: '0308', open_bank: '招商银行' },
  wx: { account: 'wxopenid', name: '王五', force_check: false, type: 'b2c' },
};

// An invalid_request_error naming `param`; a 404 says "No such ...".
const refused = (status, param) => (err) =>
  invalid(param)(err) && (status !== 404 || /^No such /.test(err.message));

async function newUser() {
  const user = unique('test_user_');
  await pingpp.users.create(APP_ID, { id: user });
  return user;
}

test('settle account: create, retrieve, list, delete', async () => {
  const user = await newUser();
  const ids = {};
  for (const [channel, recipient] of Object.entries(RECIPIENTS)) {
    const sa = await pingpp.settleAccounts.create(APP_ID, user, { channel, recipient });
    assert.deepEqual([sa.object, sa.channel, sa.recipient.name], ['settle_account', channel, recipient.name]);
    ids[channel] = sa.id;
  }
  assert.equal((await pingpp.settleAccounts.retrieve(APP_ID, user, ids.bank_account)).recipient.account, '621488******8888');
  assert.equal((await pingpp.settleAccounts.retrieve(APP_ID, user, ids.alipay)).recipient.account, 'account01@gmail.com');
  const page = await pingpp.settleAccounts.list(APP_ID, user, { page: 1, per_page: 3 });
  assert.deepEqual(page.data.map((s) => s.id), [ids.wx, ids.bank_account, ids.alipay]);
  const gone = await pingpp.settleAccounts.delete(APP_ID, user, ids.wx);
  assert.deepEqual([gone.id, gone.deleted], [ids.wx, true]);
  await assert.rejects(pingpp.settleAccounts.retrieve(APP_ID, user, ids.wx), refused(404, 'settle_account_id'));
  assert.equal((await pingpp.settleAccounts.list(APP_ID, user, { page: 1, per_page: 3 })).data.length, 2);
});

test('settle account: errors name the field', async () => {
  const user = await newUser();
  const badCard = { ...RECIPIENTS.bank_account, card_type: 2 };
  await assert.rejects(pingpp.settleAccounts.create(APP_ID, user, { channel: 'bank_account', recipient: badCard }), refused(400, 'recipient.card_type'));
  await assert.rejects(pingpp.settleAccounts.create(APP_ID, user, { channel: 'paypal', recipient: RECIPIENTS.alipay }), refused(400, 'channel'));
  await assert.rejects(
    pingpp.settleAccounts.create(APP_ID, unique('nobody_'), { channel: 'alipay', recipient: RECIPIENTS.alipay }),
    refused(404, 'user_id'),
  );
});
