'use strict'
// Fault soak: several hundred money-moving calls through the emulator with random
// faults, then the emulator's ledger is compared with what each call reported. Nothing
// may be created twice, no refund may exceed the paid amount, and every call that did
// not report success reported either a definite failure or `outcome_unknown`.

const test = require('node:test')
const assert = require('node:assert/strict')
const { Client } = require('..')
const { startMock } = require('./helpers')

const APP = 'app_1Gqj58ynP0mHeX1q'
const CALLS = 300
const SCAN_EXTRA = { scan_code: '286801346868493272', terminal_id: 'T0000001' }

// A small seeded generator (mulberry32), so a failing run can be repeated.
function rng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) }
}

function randomFault(r, path) {
  const kinds = [
    { kind: 'drop_before' },
    { kind: 'drop_after' },
    { kind: 'drop_after' },
    { kind: 'html_502' },
    { kind: 'json_500' },
    { kind: 'delay', ms: 30 },
  ]
  const pick = r.int(0, 9)
  return pick < kinds.length ? { ...kinds[pick], count: r.int(1, 3), path } : null
}

async function reported(promise) {
  try {
    return ['ok', await promise]
  } catch (e) {
    return [e.code === 'outcome_unknown' ? 'unknown' : 'failed', null]
  }
}

test('the ledger matches what every call reported', async () => {
  const mock = await startMock()
  try {
    const client = new Client({
      apiKey: 'sk_test_NodeSuite000000000000',
      appId: APP,
      apiBase: mock.baseUrl,
      timeoutMs: 3000,
      maxRetries: 2,
      retryBaseDelayMs: 2,
      retryMaxDelayMs: 10,
      deadlineMs: 20000,
    })
    const seed = Number(process.env.PINGXX_SOAK_SEED || 20261201)
    const r = rng(seed)
    const charges = new Map()
    const known = []
    const refunds = new Map()
    const tally = {}
    const clear = () => fetch(`${mock.baseUrl}/_mock/faults`, { method: 'DELETE' })
    for (let i = 0; i < CALLS; i++) {
      if (known.length > 0 && r.next() < 0.5) {
        const [chargeId, amount] = known[r.int(0, known.length - 1)]
        const fault = randomFault(r, '/refunds')
        if (fault) await mock.control('/_mock/faults', fault)
        const [rep] = await reported(
          client.charges.refunds.create(chargeId, { amount: r.int(1, Math.floor(amount / 3)), description: 'soak' }),
        )
        const c = refunds.get(chargeId) || { ok: 0, failed: 0, unknown: 0 }
        c[rep] += 1
        refunds.set(chargeId, c)
        tally[`refund ${rep}`] = (tally[`refund ${rep}`] || 0) + 1
      } else {
        const no = `soak${seed}j${i}`
        const amount = r.int(30, 1000)
        const fault = randomFault(r, '/v1/charges')
        if (fault) await mock.control('/_mock/faults', fault)
        const [rep, charge] = await reported(
          client.charges.create({
            order_no: no,
            app: { id: APP },
            channel: 'isv_scan',
            amount,
            client_ip: '127.0.0.1',
            currency: 'cny',
            subject: 's',
            body: 'b',
            extra: SCAN_EXTRA,
          }),
        )
        if (charge) {
          assert.equal(charge.order_no, no)
          known.push([charge.id, amount])
        }
        charges.set(no, [rep, amount])
        tally[`charge ${rep}`] = (tally[`charge ${rep}`] || 0) + 1
      }
      await clear()
    }
    console.log(`fault soak (node): seed ${seed}, reported ${JSON.stringify(tally)}`)
    assert.ok(tally['charge ok'] > 0 && tally['refund ok'] > 0)

    const seen = new Map()
    for await (const c of client.charges.listAuto({ limit: 100 })) {
      seen.set(c.order_no, [...(seen.get(c.order_no) || []), c])
    }
    for (const [no, [rep, amount]] of charges) {
      const found = (seen.get(no) || []).length
      assert.ok(found <= 1, `${no}: created ${found} times`)
      if (rep === 'ok') assert.equal(found, 1, `${no}: reported success, not in the ledger`)
      if (rep === 'failed') assert.equal(found, 0, `${no}: reported a definite failure, yet it exists`)
      if (found) assert.equal(seen.get(no)[0].amount, amount)
    }
    for (const [chargeId, c] of refunds) {
      const charge = await client.charges.retrieve(chargeId)
      const made = []
      for await (const x of client.charges.refunds.listAuto(chargeId, { limit: 100 })) made.push(x)
      const total = made.reduce((s, x) => s + x.amount, 0)
      assert.ok(made.length >= c.ok && made.length <= c.ok + c.unknown, `${chargeId}: ${made.length} vs ${JSON.stringify(c)}`)
      assert.ok(total <= charge.amount)
      assert.equal(charge.amount_refunded, total)
    }
  } finally {
    await mock.stop()
  }
})
