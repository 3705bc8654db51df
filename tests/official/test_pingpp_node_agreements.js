// The official Ping++ Node SDK (pingpp 2.1.6, unchanged) against `pingxx mock`:
// agreements (create, retrieve, list, update, cancel, notify) with the parameters
// of the SDK's examples (example/agreement/*.js). Run by scripts/test-official.sh
// after test_pingpp_node.js, with the same environment; the client comes from
// pingpp_node_emulator.js.
'use strict';

const assert = require('node:assert/strict');
const { test } = require('node:test');

const { APP_ID, invalid, mockControl, pingpp } = require('./pingpp_node_emulator');

let seq = 0;
// contract_no as example/agreement/agreement_create.js makes it (milliseconds), plus a counter.
const contractNo = () => `${new Date().getTime()}${seq++}`;

// pingpp.agreements.create as example/agreement/agreement_create.js calls it, with the
// qpay extra of example/agreement/agreement_extra.js.
function createAgreement(contract_no = contractNo()) {
  return pingpp.agreements.create({
    contract_no,
    app: APP_ID,
    channel: 'qpay',
    extra: { display_account: '签约测试' },
    metadata: {},
  });
}

const sign = (id) => mockControl(`agreements/${id}/sign`);

test('agreements: create, retrieve, list, sign, notify, cancel', async () => {
  const agr = await createAgreement();
  assert.match(agr.id, /^agr_/);
  assert.equal(agr.object, 'agreement');
  assert.equal(agr.status, 'created');
  assert.equal(agr.app, APP_ID);
  assert.equal(agr.extra.display_account, '签约测试');
  assert.equal((await pingpp.agreements.retrieve(agr.id)).contract_no, agr.contract_no);
  // example/agreement/agreement_list.js
  const page = await pingpp.agreements.list({ app: APP_ID, per_page: 3 });
  assert.equal(page.object, 'list');
  assert.ok(page.data.some((a) => a.id === agr.id));

  // Unsigned: no pre-deduction notice, no termination.
  await assert.rejects(pingpp.agreements.notify(agr.id, { amount: 100 }), invalid('agreement_id'));
  await assert.rejects(pingpp.agreements.cancel(agr.id), invalid('agreement_id'));

  await sign(agr.id);
  // example/agreement/agreement_notify.js
  const notice = await pingpp.agreements.notify(agr.id, { amount: 100 });
  assert.deepEqual([notice.id, notice.succeed], [agr.id, true]);
  // example/agreement/agreement_cancel.js
  const canceled = await pingpp.agreements.cancel(agr.id);
  assert.equal(canceled.status, 'canceled');
  assert.equal(typeof canceled.time_canceled, 'number');
  await assert.rejects(pingpp.agreements.cancel(agr.id), (err) => invalid('agreement_id')(err) && /canceled/.test(err.message));
  await assert.rejects(pingpp.agreements.notify(agr.id, { amount: 100 }), invalid('agreement_id'));
  const done = await pingpp.agreements.list({ app: APP_ID, status: 'canceled', per_page: 100 });
  assert.ok(done.data.some((a) => a.id === agr.id));
});

test('agreements: update with the WeChat termination reason, and the SDK errors', async () => {
  const agr = await createAgreement();
  await sign(agr.id);
  const done = await pingpp.agreements.update(agr.id, { status: 'canceled', extra: { description: 'Your description' } });
  assert.equal(done.status, 'canceled');
  assert.equal(done.extra.description, 'Your description');

  await assert.rejects(createAgreement(agr.contract_no), invalid('contract_no'));
  await assert.rejects(pingpp.agreements.create({ app: APP_ID, channel: 'qpay' }), invalid('contract_no'));
  const other = await createAgreement();
  await sign(other.id);
  await assert.rejects(pingpp.agreements.notify(other.id, { amount: 0 }), invalid('amount'));
  await assert.rejects(pingpp.agreements.update(other.id, { status: 'succeeded' }), invalid('status'));
  await assert.rejects(pingpp.agreements.retrieve('agr_DoesNotExist00'), (err) => {
    assert.equal(err.type, 'PingppInvalidRequest');
    assert.match(err.message, /agr_DoesNotExist00/);
    return true;
  });
});
