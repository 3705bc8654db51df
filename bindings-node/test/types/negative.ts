// Must FAIL `tsc --strict` (test/types.test.js checks it does, with exactly the expected
// error): `amout` is a misspelled `amount`, which the generated OrdersCreateParams lacks.
// Never run.
import { Client } from '../..'

export async function misspelled(client: Client): Promise<void> {
  await client.orders.create({
    merchant_order_no: 'order_0001',
    amout: 100,
    amount: 100,
    currency: 'cny',
    client_ip: '127.0.0.1',
    subject: 'Your Subject',
    body: 'Your Body',
  })
}
