// The installed npm packages from TypeScript (tsc --strict against the package's index.d.ts,
// then run; scripts/test-dist.sh).
import { readFileSync } from 'node:fs'
import { Client } from 'pingxx'

async function main(): Promise<void> {
  const client = new Client({
    apiKey: 'sk_test_ibbTe5jLGCi5rzfH4OqPW9KC',
    appId: 'app_1Gqj58ynP0mHeX1q',
    privateKey: readFileSync(process.env.PINGXX_KEY_FILE ?? '', 'utf8'),
    apiBase: process.env.PINGXX_API_BASE,
  })
  const order = await client.orders.create({
    app: 'app_1Gqj58ynP0mHeX1q',
    merchant_order_no: `ts${process.hrtime.bigint()}`,
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
  if (paid.status !== 'paid') throw new Error(`not paid: ${String(paid.status)}`)
  console.log(`ts flow ok: order ${order.id} paid`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
