'use strict'
// Client options: the core's one list, in camelCase. Unknown or misspelled options are
// refused with invalid_config naming the option (never its value); huge numbers never panic.

const test = require('node:test')
const assert = require('node:assert/strict')

const { Client, PingxxError, clientOptions } = require('..')
const { readKey } = require('./helpers')

const PEM = readKey('merchant_example_private_key_pkcs1.pem')
const PEM_LINE = PEM.split('\n')[1]

const refused = (options, pattern) =>
  assert.throws(
    () => new Client(options),
    (err) => {
      assert.ok(err instanceof PingxxError, `expected a PingxxError, got ${err}`)
      assert.equal(err.code, 'invalid_config', err.message)
      assert.match(err.message, pattern)
      assert.ok(!err.message.includes(PEM_LINE), 'the message echoes the key')
      return true
    },
  )

test('a misspelled option is refused, never ignored: `privatekey` would have sent unsigned requests', () => {
  refused({ apiKey: 'sk_test_x', privatekey: PEM }, /unknown option `privatekey`/)
  refused({ apiKey: 'sk_test_x', timeoutMS: 5000 }, /unknown option `timeoutMS`/)
  refused({ apiKey: 'sk_test_x', apikey: 'sk_test_y' }, /unknown option `apikey`/)
  refused({ apiKey: 'sk_test_x', onlog: () => {} }, /unknown option `onlog`/)
})

test('snake_case keys are refused with the camelCase name to use', () => {
  refused({ apiKey: 'sk_test_x', private_key: PEM }, /unknown option `private_key`.*`privateKey`/)
  refused({ api_key: 'sk_test_x' }, /unknown option `api_key`.*`apiKey`/)
})

test('clientOptions() is the core list in camelCase; Client knows every one and names it as written', () => {
  const names = clientOptions().map((o) => o.name)
  for (const expected of ['apiKey', 'appId', 'privateKey', 'apiBase', 'timeoutMs', 'maxRetries', 'caCert', 'proxy', 'proxyFromEnv', 'logBodies']) {
    assert.ok(names.includes(expected), `${expected} missing from ${names}`)
  }
  for (const o of clientOptions()) {
    assert.match(o.name, /^[a-z][a-zA-Z]*$/, o.name)
    assert.equal(typeof o.doc, 'string')
    // A value of the wrong type: refused naming the option in camelCase, so the option is known.
    const wrong = o.type === 'string' ? 42 : 'x'
    refused({ apiKey: 'sk_test_x', [o.name]: wrong }, new RegExp(`\\b${o.name}\\b`))
  }
  assert.ok(Object.isFrozen(clientOptions()))
})

test('options are an object with apiKey; values have the documented types', () => {
  refused(undefined, /options/)
  refused([], /options/)
  refused({}, /apiKey: is required/)
  refused({ apiKey: 42 }, /apiKey/)
  refused({ apiKey: 'sk_test_x', maxRetries: 1.5 }, /maxRetries/)
  refused({ apiKey: 'sk_test_x', maxRetries: -1 }, /maxRetries/)
  refused({ apiKey: 'sk_test_x', timeoutMs: '5000' }, /timeoutMs/)
  refused({ apiKey: 'sk_test_x', logBodies: 'yes' }, /logBodies/)
  refused({ apiKey: 'sk_test_x', timeoutMs: 0 }, /timeoutMs: must be at least 1/)
  refused({ apiKey: 'sk_test_x', connectTimeoutMs: 0 }, /connectTimeoutMs: must be at least 1/)
  refused({ apiKey: 'sk_test_x', maxRetries: 11 }, /maxRetries: must be at most 10/)
  refused({ apiKey: 'sk_test_x', onLog: 'console.log' }, /onLog: must be a function/)
  refused({ apiKey: 'sk_test_x', acceptLanguage: 'zh-CN\r\nX-Evil: 1' }, /control characters/)
  refused({ apiKey: 'sk_test_x', userAgentSuffix: 'a\nb' }, /control characters/)
})

test('NaN and infinities are refused, naming the option', () => {
  for (const v of [NaN, Infinity, -Infinity]) {
    refused({ apiKey: 'sk_test_x', timeoutMs: v }, /timeoutMs: must be a finite number/)
  }
})

test('huge timeouts and delays saturate: no panic, the client works', async () => {
  const client = new Client({
    apiKey: 'sk_test_x',
    apiBase: 'http://127.0.0.1:9',
    timeoutMs: 1e300,
    connectTimeoutMs: Number.MAX_SAFE_INTEGER,
    deadlineMs: 1e19,
    retryBaseDelayMs: 2 ** 64,
    retryMaxDelayMs: 1e30,
    maxRetries: 0,
  })
  assert.equal(client.apiBase, 'http://127.0.0.1:9')
  // Port 9 is closed: refused at once, whatever the timeouts.
  await assert.rejects(client.charges.retrieve('ch_1'), (err) => err instanceof PingxxError && err.code === 'connection_failed')
})

test('undefined and null options count as absent; onLog may be null', () => {
  const c = new Client({ apiKey: 'sk_test_x', appId: undefined, timeoutMs: null, onLog: null })
  assert.equal(c.appId, null)
})

test('privateKey may be PEM text, or the bytes of a PEM or DER file (DER goes to the core as base64)', () => {
  for (const key of [PEM, Buffer.from(PEM), new Uint8Array(Buffer.from(PEM))]) {
    assert.equal(new Client({ apiKey: 'sk_test_x', privateKey: key }).apiBase, 'https://api.pingxx.com')
  }
  const der = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', 'tests', 'vectors', 'keys', 'merchant_private_pkcs8.der'))
  assert.ok(new Client({ apiKey: 'sk_test_x', privateKey: der }))
  assert.throws(
    () => new Client({ apiKey: 'sk_test_x', privateKey: 'not a key' }),
    (err) => err.code === 'invalid_key',
  )
})
