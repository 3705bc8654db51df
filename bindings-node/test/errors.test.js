'use strict'
// Errors raised without the network: PingxxError shape, config, keys, validation, panics.

const test = require('node:test')
const assert = require('node:assert/strict')
const util = require('node:util')

const pingxx = require('..')
const { Client, RequestSigner, WebhookVerifier, WebhookSigner, PingxxError, validate, ERROR_CODES } = pingxx
const { readKey } = require('./helpers')

const native = require('../native.js')

const isCode = (code) => (err) => {
  assert.ok(err instanceof PingxxError, `expected a PingxxError, got ${err}`)
  assert.ok(err instanceof Error)
  assert.equal(err.name, 'PingxxError')
  assert.equal(err.code, code, err.message)
  return true
}

test('errorCodes() is the core catalogue; ERROR_CODES are its codes in number order', () => {
  const catalogue = pingxx.errorCodes()
  assert.ok(Object.isFrozen(catalogue))
  assert.deepEqual(ERROR_CODES, catalogue.map((c) => c.code))
  const numbers = catalogue.map((c) => c.number)
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b))
  for (const c of catalogue) {
    assert.match(c.code, /^[a-z][a-z0-9_]*$/)
    assert.equal(typeof c.summary, 'string')
    assert.ok(c.summary.length > 0)
  }
  for (const code of ['validation_failed', 'invalid_config', 'connection_failed', 'outcome_unknown', 'internal_error']) {
    assert.ok(ERROR_CODES.includes(code), code)
  }
})

test('every code of errorCodes() maps to a PingxxError with that code through the binding', () => {
  for (const { code } of pingxx.errorCodes()) {
    assert.throws(
      () => pingxx.__errorForTesting(code),
      (err) => {
        isCode(code)(err)
        assert.equal(typeof err.message, 'string')
        assert.equal(JSON.parse(JSON.stringify(err)).code, code)
        if (code === 'outcome_unknown') {
          assert.ok(err.lastError instanceof PingxxError)
          assert.equal(err.lastError.code, 'api_error')
          assert.equal(err.lastError.httpStatus, 502)
          assert.equal(err.operation, 'orders.pay')
          assert.equal(err.checkWith, 'orders.retrieve')
          assert.match(err.message, /may have taken effect/)
          assert.equal(err.toJSON().last_error.code, 'api_error')
        } else {
          assert.equal(err.lastError, null)
          assert.ok(!('last_error' in err.toJSON()))
        }
        return true
      },
      code,
    )
  }
})

test('validate returns [] or the broken rules, and throws only for an unknown operation', () => {
  assert.deepEqual(validate('orders.retrieve', { order_id: '2011611170000002011' }), [])
  const errors = validate('orders.retrieve', {})
  assert.deepEqual(
    errors.map((e) => [e.field, e.rule]),
    [['order_id', 'required']],
  )
  assert.match(errors[0].message, /order_id/)
  assert.deepEqual(
    validate('orders.retrieve', { order_id: '' }).map((e) => [e.field, e.rule]),
    [['order_id', 'min_length']],
  )
  assert.throws(() => validate('orders.nope', {}), isCode('unknown_operation'))
  assert.deepEqual(
    validate('orders.retrieve', [1, 2]).map((e) => [e.field, e.rule]),
    [['', 'type']],
  )
  assert.throws(() => validate('orders.retrieve', () => 1), isCode('invalid_json'))
  assert.throws(() => pingxx.validateAt('orders.retrieve', {}, 1.5), isCode('invalid_json'))
})

test('client options are checked: invalid_config and invalid_key', () => {
  assert.throws(() => new Client(), isCode('invalid_config'))
  assert.throws(() => new Client({}), (err) => isCode('invalid_config')(err) && /apiKey/.test(err.message))
  assert.throws(() => new Client({ apiKey: 'sk_test_x', apiBase: 'ftp://example.com' }), isCode('invalid_config'))
  assert.throws(() => new Client({ apiKey: 'sk_test_x', timeoutMs: 0 }), isCode('invalid_config'))
  assert.throws(() => new Client({ apiKey: 'sk_test_x', timeoutMs: -5 }), isCode('invalid_config'))
  assert.throws(() => new Client({ apiKey: 'sk_test_x', maxRetries: 1.5 }), isCode('invalid_config'))
  assert.throws(() => new Client({ apiKey: 'sk_test_x', maxRetries: 11 }), isCode('invalid_config'))
  assert.throws(() => new Client({ apiKey: 42 }), isCode('invalid_config'))
  assert.throws(() => new Client({ apiKey: 'sk_test_x', privateKey: 'not a key' }), isCode('invalid_key'))
  const ok = new Client({ apiKey: 'sk_test_x', appId: 'app_1', privateKey: readKey('merchant_example_private_key_pkcs1.pem') })
  assert.equal(ok.appId, 'app_1')
  assert.equal(ok.apiBase, 'https://api.pingxx.com')
})

test('keys are checked: invalid_key names the problem and never echoes the key', () => {
  const secret = readKey('merchant_example_private_key_pkcs1.pem')
  assert.throws(() => new RequestSigner('garbage'), isCode('invalid_key'))
  assert.throws(() => new RequestSigner(readKey('merchant_example_public_key_spki.pem')), isCode('invalid_key'))
  assert.throws(() => new RequestSigner(readKey('rsa1024_private.pem')), isCode('invalid_key'))
  assert.throws(() => new RequestSigner(readKey('ec_p256_private.pem')), isCode('invalid_key'))
  assert.throws(() => new RequestSigner(42), isCode('invalid_key'))
  assert.throws(
    () => new WebhookVerifier(secret),
    (err) => isCode('invalid_key')(err) && !err.message.includes(secret.split('\n')[1]),
  )
  assert.throws(() => new WebhookSigner('nope'), isCode('invalid_key'))
})

test('bad arguments give PingxxError, never a crash', () => {
  const signer = new RequestSigner(readKey('merchant_example_private_key_pkcs1.pem'))
  assert.throws(() => signer.sign('{}', 42, 1), isCode('invalid_json'))
  assert.throws(() => signer.sign('{}', '/v1/charges', 'now'), isCode('invalid_json'))
  const verifier = new WebhookVerifier(readKey('merchant_example_public_key_spki.pem'))
  assert.throws(() => verifier.verify({ parsed: true }, 'x'), (err) => isCode('invalid_event')(err) && /express\.raw/.test(err.message))
  assert.throws(() => verifier.verify('{}', undefined), isCode('signature_missing'))
  assert.throws(() => verifier.verify('{}', 'not base64!!'), isCode('signature_invalid'))
  assert.throws(() => verifier.verify('{}', 12), isCode('signature_invalid'))
})

test('a signed body that is not an event is invalid_event', () => {
  const signer = new WebhookSigner(readKey('merchant_example_private_key_pkcs1.pem'))
  const verifier = new WebhookVerifier(signer.publicKeyPem())
  for (const body of ['not json', '[1]', '{"id":"evt_1"}']) {
    assert.throws(() => verifier.verify(body, signer.sign(body)), isCode('invalid_event'), body)
  }
  const event = '{"id":"evt_1","type":"charge.succeeded","created":1,"livemode":false,"data":{"object":{"id":"ch_1"}}}'
  assert.equal(verifier.verify(event, signer.sign(event)).data.object.id, 'ch_1')
})

test('calls fail before the network for unknown operations, bad params and missing path ids', async () => {
  const client = new Client({ apiKey: 'sk_test_x', apiBase: 'http://127.0.0.1:9', maxRetries: 0 })
  await assert.rejects(client.call('orders.nope', {}), isCode('unknown_operation'))
  await assert.rejects(client.call(42, {}), isCode('unknown_operation'))
  await assert.rejects(client.call('orders.create', 'x'), isCode('invalid_json'))
  await assert.rejects(client.call('orders.create', [1]), isCode('invalid_json'))
  const circular = {}
  circular.self = circular
  await assert.rejects(client.call('orders.create', circular), isCode('invalid_json'))
  await assert.rejects(client.call('orders.create', { n: 1n }), isCode('invalid_json'))
  await assert.rejects(client.orders.retrieve(), (err) => {
    isCode('validation_failed')(err)
    assert.equal(err.param, 'order_id')
    assert.deepEqual(
      err.errors.map((e) => [e.field, e.rule]),
      [['order_id', 'required']],
    )
    assert.equal(err.httpStatus, null)
    return true
  })
  await assert.rejects(client.sub_apps.retrieve('sub_1'), (err) => isCode('validation_failed')(err) && err.param === 'app_id')
  await assert.rejects(client.orders.pay('o1', {}, 'extra'), isCode('invalid_json'))
  await assert.rejects(client.request('PATCH', '/v1/orders'), isCode('invalid_config'))
})

test('PingxxError.toJSON has the core shape', async () => {
  const client = new Client({ apiKey: 'sk_test_x', apiBase: 'http://127.0.0.1:9', maxRetries: 0 })
  const err = await client.orders.retrieve().catch((e) => e)
  assert.deepEqual(Object.keys(err.toJSON()), ['code', 'message', 'errors', 'http_status', 'request_id', 'param'])
  assert.equal(JSON.parse(JSON.stringify(err)).code, 'validation_failed')
})

test('secrets never show in inspect output or errors', async () => {
  const apiKey = 'sk_test_SECRETSECRETSECRET1234'
  const pem = readKey('merchant_example_private_key_pkcs1.pem')
  const client = new Client({ apiKey, privateKey: pem, apiBase: 'http://127.0.0.1:9', maxRetries: 0 })
  const shown = util.inspect(client, { showHidden: true, depth: 5 }) + JSON.stringify(client)
  assert.ok(!shown.includes('SECRET'), shown)
  assert.ok(!shown.includes('PRIVATE'), shown)
  const err = await client.call('charges.retrieve', { charge_id: 'ch_1' }).catch((e) => e)
  assert.equal(err.code, 'connection_failed')
  const all = err.message + err.stack + JSON.stringify(err) + util.inspect(err)
  assert.ok(!all.includes('SECRET'), all)
})

test('a native panic becomes a thrown error or a rejected Promise, not an abort', async () => {
  assert.throws(
    () => native.__panicForTesting(false),
    (err) => /internal_error/.test(err.message) && /deliberate panic/.test(err.message),
  )
  await assert.rejects(native.__panicForTesting(true), (err) => /internal_error/.test(err.message))
  assert.deepEqual(validate('orders.retrieve', { order_id: 'o' }), [])
})

test('listAuto with bad arguments fails on iteration with a PingxxError', async () => {
  const client = new Client({ apiKey: 'sk_test_x', apiBase: 'http://127.0.0.1:9', maxRetries: 0 })
  const it = client.orders.listAuto('not-an-object-position', {})
  await assert.rejects(it.next(), isCode('invalid_json'))
  await assert.rejects(client.autoPaging('orders.create', {}).next(), isCode('unknown_operation'))
})

test('deeply nested params are refused with invalid_json, never a crash or a hang', async () => {
  const deep = (n) => {
    let x = 1
    for (let i = 0; i < n; i++) x = [x]
    return x
  }
  for (const n of [200, 30000, 1000000]) {
    assert.throws(() => validate('orders.create', { metadata: deep(n) }), isCode('invalid_json'), String(n))
  }
  const client = new Client({ apiKey: 'sk_test_x', apiBase: 'http://127.0.0.1:9', maxRetries: 0 })
  await assert.rejects(client.call('orders.create', { metadata: deep(30000) }), isCode('invalid_json'))
})
