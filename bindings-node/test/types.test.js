'use strict'
// index.d.ts is generated from the operation table, fresh, and type-checks an example.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const { Client, operations } = require('..')
const { generate } = require('../scripts/gen-types.js')

const ROOT = path.join(__dirname, '..')

test('index.d.ts is what scripts/gen-types.js generates (run `npm run gen-types` when stale)', () => {
  const committed = fs.readFileSync(path.join(ROOT, 'index.d.ts'), 'utf8')
  assert.ok(committed === generate(), 'index.d.ts is stale: run `npm run gen-types`')
})

test('index.d.ts types every operation by name, params and result', () => {
  const dts = fs.readFileSync(path.join(ROOT, 'index.d.ts'), 'utf8')
  for (const op of operations()) {
    assert.ok(dts.includes(`  '${op.name}': `), op.name)
  }
  assert.ok(operations().length >= 50)
})

test('tsc --strict type-checks the example', { timeout: 120000 }, () => {
  const tsc = require.resolve('typescript/bin/tsc')
  const r = spawnSync(process.execPath, [tsc, '--strict', '-p', path.join(__dirname, 'types')], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  assert.equal(r.status, 0, r.stdout + r.stderr)
})

test('every operation is a method of its resource namespace; lists also have an Auto iterator', () => {
  const client = new Client({ apiKey: 'sk_test_x' })
  for (const op of operations()) {
    let ns = client
    for (const seg of op.resource.split('.')) {
      ns = ns[seg]
      assert.equal(typeof ns, 'object', op.name)
    }
    assert.equal(typeof ns[op.action], 'function', op.name)
    if (op.pagination !== 'none') assert.equal(typeof ns[`${op.action}Auto`], 'function', op.name)
  }
  assert.equal(typeof client.orders.pay, 'function')
  assert.equal(typeof client.orders.refunds.create, 'function')
  assert.equal(typeof client.sub_apps.channels.update, 'function')
})

test('operations() mirrors the core table', () => {
  const ops = operations()
  const pay = ops.find((o) => o.name === 'orders.pay')
  assert.deepEqual(
    { method: pay.method, path: pay.path, pathParams: [...pay.pathParams], resource: pay.resource, action: pay.action },
    { method: 'POST', path: '/v1/orders/{order_id}/pay', pathParams: ['order_id'], resource: 'orders', action: 'pay' },
  )
  assert.equal(ops.find((o) => o.name === 'charges.list').pagination, 'cursor')
  assert.ok(Object.isFrozen(ops) && Object.isFrozen(pay))
})
