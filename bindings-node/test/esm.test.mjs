// The package also loads from ES modules, with named imports.
import test from 'node:test'
import assert from 'node:assert/strict'

import { Client, WebhookVerifier, RequestSigner, PingxxError, validate, operations, ERROR_CODES } from '../index.js'

test('named ESM imports give the same API', () => {
  for (const f of [Client, WebhookVerifier, RequestSigner, PingxxError, validate, operations]) {
    assert.equal(typeof f, 'function')
  }
  assert.ok(ERROR_CODES.includes('validation_failed') && ERROR_CODES.includes('outcome_unknown'))
  assert.deepEqual(validate('orders.retrieve', {}).map((e) => e.rule), ['required'])
  assert.equal(typeof new Client({ apiKey: 'sk_test_x' }).orders.pay, 'function')
})
