// The package also loads from ES modules, with named imports.
import test from 'node:test'
import assert from 'node:assert/strict'

import { Client, WebhookVerifier, RequestSigner, PingxxError, validate, operations, ERROR_CODES } from '../index.js'

test('named ESM imports give the same API', () => {
  for (const f of [Client, WebhookVerifier, RequestSigner, PingxxError, validate, operations]) {
    assert.equal(typeof f, 'function')
  }
  assert.equal(ERROR_CODES[0], 'validation_failed')
  assert.deepEqual(validate('orders.retrieve', {}).map((e) => e.rule), ['required'])
  assert.equal(typeof new Client({ apiKey: 'sk_test_x' }).orders.pay, 'function')
})
