'use strict'
// Agreements, a charge's trade detail and the custody photo upload: every operation of the
// family once, each call succeeding (the every-operation test records the names).

const assert = require('node:assert/strict')

const APP = 'app_1Gqj58ynP0mHeX1q'
const PIC = '/9j/4AAQSkZJRgABAQAASABIAAD/'
const paidCharge = (orderNo) => ({
  order_no: orderNo, app: { id: APP }, channel: 'isv_scan', amount: 1000, client_ip: '127.0.0.1', currency: 'cny',
  subject: 's', body: 'b', extra: { scan_code: '286801346868493272', terminal_id: 'T0000001' },
})

async function agreementsWalk(api, mock) {
  const agr = await api.agreements.create({
    contract_no: 'js1767225600000', channel: 'qpay', extra: { display_account: '签约测试' }, metadata: {},
  })
  assert.equal(agr.status, 'created')
  assert.equal(agr.app, APP)
  assert.equal((await mock.control(`/_mock/agreements/${agr.id}/sign`)).status, 'succeeded')
  assert.equal((await api.agreements.retrieve(agr.id)).status, 'succeeded')
  const listed = await api.agreements.list({ status: 'succeeded', per_page: 3 })
  assert.deepEqual(listed.data.map((a) => a.id), [agr.id])
  assert.deepEqual({ ...(await api.agreements.notify(agr.id, { amount: 100 })) }, { id: agr.id, succeed: true })
  const done = await api.agreements.update(agr.id, { status: 'canceled', extra: { description: 'Your description' } })
  assert.equal(done.status, 'canceled')
  assert.equal(done.extra.description, 'Your description')

  const paid = await api.charges.create(paidCharge('jstd1'))
  const detail = await api.charges.trade_detail(paid.id)
  assert.deepEqual([detail.amount, detail.fee, detail.actual_amount], [1000, 6, 994])

  await api.users.create({ id: 'upload_pic' })
  assert.equal((await api.users.retrieve('upload_pic')).id, 'upload_pic')
  const pic = await api.users.upload_pic({
    user: 'upload_pic', type: 'customer', operate_type: '00', pic: PIC, pic_fmt: 'jpg', pic_type: '101',
  })
  assert.equal(pic.user, 'upload_pic')
  assert.ok(pic.acc_no)
}

module.exports = { agreementsWalk, paidCharge, PIC }
