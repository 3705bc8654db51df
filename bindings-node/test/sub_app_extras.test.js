'use strict'
// The state rules of the custody product's contacts and a sub-app's transfer channels, as errors.

const test = require('node:test')
const assert = require('node:assert/strict')

const { apiError, emulatorForFile } = require('./helpers')
const { custodyUser, CONTACT, ALIPAY } = require('./sub_app_extras_walk')

const env = emulatorForFile(test)
const invalid = (pairs) => (err) =>
  err.code === 'validation_failed' &&
  JSON.stringify(err.errors.map((e) => [e.field, e.rule]).sort()) === JSON.stringify(pairs.sort())

test('a contact needs the user\'s custody account; the same type again replaces it', async () => {
  await assert.rejects(env.client.sub_apps.contact({ ...CONTACT, user: 'nobody', acc_no: '1' }), apiError(404, 'user'))
  const accNo = await custodyUser(env.client, 'js_custody')
  await assert.rejects(env.client.sub_apps.contact({ ...CONTACT, acc_no: '2019057929311601000631' }), apiError(400, 'acc_no'))
  const first = await env.client.sub_apps.contact({ ...CONTACT, acc_no: accNo })
  const again = await env.client.sub_apps.contact({ ...CONTACT, acc_no: accNo, contact_name: '李四' })
  assert.deepEqual([again.contact_no, again.contact_name], [first.contact_no, '李四'])
  const legal = await env.client.sub_apps.contact({ ...CONTACT, acc_no: accNo, contact_type: 4 })
  assert.notEqual(legal.contact_no, first.contact_no)
  await assert.rejects(
    env.client.sub_apps.contact({ ...CONTACT, acc_no: accNo, contact_cert_valid_from: '2029-01-01' }),
    invalid([['contact_cert_valid_from', 'conditional']]))
  await assert.rejects(
    env.client.sub_apps.contact({ ...CONTACT, acc_no: accNo, contact_cert_valid_until: '2028-02-30', contact_job_type: 9 }),
    invalid([['contact_cert_valid_until', 'pattern'], ['contact_job_type', 'range']]))
})

test('a transfer channel is one per channel, and a banned one refuses the sub-app\'s transfers', async () => {
  const sub = await env.client.sub_apps.create({ display_name: 'payouts', user: 'js_tc2' })
  const tc = env.client.sub_apps.transfer_channels
  await tc.create(sub.id, { channel: 'alipay', params: ALIPAY, banned: true, banned_msg: '停用' })
  await assert.rejects(tc.create(sub.id, { channel: 'alipay', params: {} }), apiError(400, 'channel'))
  const transfer = {
    app: { id: sub.id }, channel: 'alipay', order_no: 'jstc0001', amount: 100, currency: 'cny', type: 'b2c',
    recipient: 'account@example.com', description: 'payout', extra: { recipient_name: '张三' },
  }
  await assert.rejects(env.client.transfers.create(transfer), (err) => apiError(400, 'channel')(err) && /停用/.test(err.message))
  await tc.update(sub.id, 'alipay', { banned: false })
  assert.equal((await env.client.transfers.create(transfer)).status, 'pending')
  await assert.rejects(tc.update(sub.id, 'alipay', { banned: true }), invalid([['banned_msg', 'conditional']]))
  await assert.rejects(tc.create(sub.id, { channel: 'isv_qr', params: {} }), invalid([['channel', 'one_of']]))
  await tc.delete(sub.id, 'alipay')
  await assert.rejects(tc.retrieve(sub.id, 'alipay'), apiError(404, 'channel'))
  await assert.rejects(tc.update(sub.id, 'alipay', { description: 'd' }), apiError(404, 'channel'))
  await assert.rejects(tc.delete(sub.id, 'alipay'), apiError(404, 'channel'))
})
