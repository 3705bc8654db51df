'use strict'
// The installed npm packages, as a user has them (run by scripts/test-dist.sh): CommonJS
// require, then a signed orders.create -> orders.pay flow against PINGXX_API_BASE.
const fs = require('node:fs')
const assert = require('node:assert/strict')
const { Client } = require('pingxx')

async function main() {
  const client = new Client({
    apiKey: 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC',
    appId: 'app_1Gqj58ynP0mHeX1q',
    privateKey: fs.readFileSync(process.env.PINGXX_KEY_FILE, 'utf8'),
    apiBase: process.env.PINGXX_API_BASE,
  })
  const order = await client.orders.create({
    app: 'app_1Gqj58ynP0mHeX1q',
    merchant_order_no: `cjs${process.hrtime.bigint()}`,
    amount: 1250,
    currency: 'cny',
    client_ip: '192.168.1.17',
    subject: 'Flat white',
    body: '1 x flat white',
  })
  const paid = await client.orders.pay(order.id, {
    channel: 'isv_scan',
    charge_amount: 1250,
    extra: { scan_code: '286801346868493272', terminal_id: 'POS00017' },
  })
  assert.equal(paid.status, 'paid')
  console.log(`cjs flow ok: ${require.resolve('pingxx')}, order ${order.id} paid`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
