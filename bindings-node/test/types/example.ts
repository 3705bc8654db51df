// Type-checked with `tsc --strict` by test/types.test.js; never run.
import express = require('express')
import {
  Client,
  WebhookVerifier,
  RequestSigner,
  PingxxError,
  validate,
  operations,
  type Order,
  type Charge,
  type List,
  type FieldError,
  type Event,
} from '../..'

async function main(): Promise<void> {
  const client = new Client({ apiKey: 'sk_test_x', appId: 'app_x', timeoutMs: 10_000, maxRetries: 1 })
  const order: Order = await client.orders.create({
    app: 'app_x',
    merchant_order_no: 'o_1',
    amount: 100,
    currency: 'cny',
    client_ip: '127.0.0.1',
    subject: 's',
    body: 'b',
    uid: 'u1',
  })
  const id: string = order.id
  const paid: Order = await client.orders.pay(id, { charge_amount: 100, channel: 'balance' })
  const charges: List<Charge> = await client.orders.charges.list(paid.id, { page: 1, per_page: 10 })
  const first: Charge | undefined = charges.data[0]
  const byName: Charge = await client.call('charges.retrieve', { charge_id: first?.id ?? 'ch_x' })
  for await (const o of client.orders.listAuto({ per_page: 50 })) {
    const oid: string = o.id
    void oid
  }
  for await (const c of client.autoPaging('charges.list', { limit: 10, app: { id: 'app_x' } })) {
    const cid: string = c.id
    void cid
  }
  const errors: FieldError[] = validate('orders.create', { amount: -1 })
  const rules: string[] = errors.map((e) => `${e.field}:${e.rule}`)
  const names: string[] = operations().map((op) => op.name)
  try {
    await client.call('orders.retrieve', {})
  } catch (err) {
    if (err instanceof PingxxError) {
      const code: string = err.code
      const status: number | null = err.httpStatus
      void [code, status, err.requestId, err.param, err.errors]
    }
  }
  const signature: string = new RequestSigner('pem').sign('{}', '/v1/charges', 1500000000)
  void [byName, rules, names, signature]
}

// @ts-expect-error: an operation name outside the table does not type-check
void new Client({ apiKey: 'sk_test_x' }).call('orders.nope', {})

// The README recipe: verify a webhook in Express with express.raw().
const verifier = new WebhookVerifier('-----BEGIN PUBLIC KEY-----...')
const app = express()
app.post('/webhooks/pingxx', express.raw({ type: 'application/json' }), (req, res) => {
  try {
    const event: Event = verifier.verify(req.body as Buffer, req.get('x-pingplusplus-signature'))
    res.json({ received: event.id, type: event.type })
  } catch (err) {
    res.status(400).json({ error: err instanceof PingxxError ? err.code : 'error' })
  }
})

void main
