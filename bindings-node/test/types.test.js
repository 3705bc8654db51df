'use strict'
// index.d.ts is generated from the operation table by the workspace generator
// (`cargo run -p xtask -- gen`; `make gen-check` proves it fresh): it types every
// operation, type-checks the example and rejects a misspelled parameter.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const { Client, operations } = require('..')

const ROOT = path.join(__dirname, '..')

const pascal = (s) =>
  s
    .split(/[._]/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')

function tsc(project) {
  const bin = require.resolve('typescript/bin/tsc')
  return spawnSync(process.execPath, [bin, '--strict', '-p', project], { cwd: ROOT, encoding: 'utf8' })
}

test('index.d.ts types every operation by name, params and result', () => {
  const dts = fs.readFileSync(path.join(ROOT, 'index.d.ts'), 'utf8')
  for (const op of operations()) {
    assert.ok(dts.includes(`  '${op.name}': `), op.name)
    assert.ok(dts.includes(`export interface ${pascal(op.name)}Params {`), op.name)
    const kind = typeof op.returns === 'object' ? op.returns.kind : op.kind
    assert.ok(dts.includes(`export interface ${pascal(kind)} {`), op.name)
  }
  assert.ok(operations().length >= 50)
})

test('tsc --strict type-checks the example', { timeout: 120000 }, () => {
  const r = tsc(path.join(__dirname, 'types'))
  assert.equal(r.status, 0, r.stdout + r.stderr)
})

test('tsc --strict rejects the misspelled parameter of test/types/negative.ts, and only it', { timeout: 120000 }, () => {
  const r = tsc(path.join(__dirname, 'types', 'tsconfig.negative.json'))
  assert.notEqual(r.status, 0, 'negative.ts type-checked: a misspelled parameter went unnoticed')
  const errors = r.stdout.split('\n').filter((l) => l.includes('error TS'))
  assert.equal(errors.length, 1, r.stdout)
  assert.match(errors[0], /negative\.ts.*'amout' does not exist in type 'OrdersCreateParams'/, r.stdout)
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
    if (op.pagination !== null) assert.equal(typeof ns[`${op.action}Auto`], 'function', op.name)
  }
  assert.equal(typeof client.orders.pay, 'function')
  assert.equal(typeof client.orders.refunds.create, 'function')
  assert.equal(typeof client.sub_apps.channels.update, 'function')
})

test('operations() mirrors the core table', () => {
  const ops = operations()
  const pay = ops.find((o) => o.name === 'orders.pay')
  assert.deepEqual(
    { method: pay.method, path: pay.path, path_params: [...pay.path_params], resource: pay.resource, action: pay.action },
    { method: 'POST', path: '/v1/orders/{order_id}/pay', path_params: ['order_id'], resource: 'orders', action: 'pay' },
  )
  assert.equal(ops.find((o) => o.name === 'charges.list').pagination.style, 'cursor')
  assert.ok(Object.isFrozen(ops) && Object.isFrozen(pay))
})
