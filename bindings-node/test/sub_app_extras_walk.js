'use strict'
// The custody product's contacts and a sub-app's transfer channels: every operation of the
// family once, each call succeeding (the every-operation test records the names).

const assert = require('node:assert/strict')

const PIC = '/9j/4AAQSkZJRgABAQAASABIAAD/'
// pingpp-java ContactTest.testAddContact (acc_no from the upload).
const CONTACT = {
  user: 'js_custody', contact_type: 1, contact_name: '杨真探', contact_cert_type: '01',
  contact_cert_no: '310181201402149201', contact_cert_valid_from: '2019-01-01',
  contact_cert_valid_until: '2028-12-31', contact_cert_mobile: '13500127654', contact_job_type: 1,
}
// pingpp-python example/sub_app/sub_app_channel.py (keys shortened).
const ALIPAY = {
  alipay_account: 'example@example.com', alipay_app_id: '2016666666666666', alipay_pid: '2088111111111111',
  alipay_app_public_key_rsa2: null, alipay_sign_type: 'rsa', alipay_version: 1, fee_rate: 80,
}

async function custodyUser(api, user) {
  await api.users.create({ id: user })
  return (await api.users.upload_pic({ user, pic: PIC, pic_type: '101' })).acc_no
}

async function subAppExtrasWalk(api) {
  const accNo = await custodyUser(api, 'js_custody')
  const contact = await api.sub_apps.contact({ ...CONTACT, acc_no: accNo })
  assert.deepEqual([contact.user, contact.acc_no, contact.contact_type], ['js_custody', accNo, 1])
  assert.ok(contact.contact_no)

  const sub = await api.sub_apps.create({ display_name: 'payouts', user: 'js_tc' })
  const tc = api.sub_apps.transfer_channels
  const created = await tc.create(sub.id, { channel: 'alipay', banned_msg: null, description: 'Your description', params: ALIPAY })
  assert.deepEqual([created.object, created.channel, created.banned], ['transfer_channel', 'alipay', false])
  assert.equal((await tc.retrieve(sub.id, 'alipay')).params.alipay_pid, '2088111111111111')
  const updated = await tc.update(sub.id, 'alipay', { description: 'Your Channel description', banned: false })
  assert.equal(updated.description, 'Your Channel description')
  assert.deepEqual({ ...(await tc.delete(sub.id, 'alipay')) }, { id: 'alipay', deleted: true })
  assert.equal((await api.sub_apps.delete(sub.id)).deleted, true)
}

module.exports = { subAppExtrasWalk, custodyUser, CONTACT, ALIPAY, PIC }
