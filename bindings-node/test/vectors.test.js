'use strict'
// The shared vectors of tests/vectors/: signing, webhooks, validation.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const { RequestSigner, WebhookVerifier, PingxxError, validate, validateAt } = require('..')
const { VECTORS, readVector, readKey } = require('./helpers')

const signing = readVector('signing.json')

test('every signing vector signs byte for byte', () => {
  const signer = new RequestSigner(readKey(path.basename(signing.private_key)))
  assert.ok(signing.vectors.length >= 40)
  for (const v of signing.vectors) {
    assert.equal(signer.sign(v.body, v.request_target, v.timestamp), v.signature, v.name)
    assert.equal(signer.sign(Buffer.from(v.body, 'utf8'), v.request_target, v.timestamp), v.signature, v.name)
  }
})

test('the PKCS#8 forms of the key sign the same', () => {
  const v = signing.vectors[0]
  for (const file of [signing.private_key_pkcs8, signing.private_key_pkcs8_raw_base64]) {
    const signer = new RequestSigner(fs.readFileSync(path.join(VECTORS, file)))
    assert.equal(signer.sign(v.body, v.request_target, v.timestamp), v.signature, file)
  }
})

test('a signature verifies with node:crypto and the public key', () => {
  const crypto = require('node:crypto')
  const v = signing.vectors[0]
  const signer = new RequestSigner(readKey(path.basename(signing.private_key)))
  const sig = signer.sign(v.body, v.request_target, v.timestamp)
  const ok = crypto.verify(
    'sha256',
    Buffer.from(v.body + v.request_target + v.timestamp),
    readKey(path.basename(signing.public_key)),
    Buffer.from(sig, 'base64'),
  )
  assert.equal(ok, true)
  assert.match(signer.publicKeyPem(), /^-----BEGIN PUBLIC KEY-----/)
})

test('every webhook vector gives its expected outcome', () => {
  const { cases } = readVector('webhooks.json')
  assert.ok(cases.length >= 20)
  for (const c of cases) {
    const verifier = new WebhookVerifier(readKey(path.basename(c.public_key)))
    for (const body of [Buffer.from(c.body, 'utf8'), c.body, new Uint8Array(Buffer.from(c.body, 'utf8'))]) {
      if (c.expect === 'ok') {
        const event = verifier.verify(body, c.signature)
        assert.equal(event.id, c.event_id, c.name)
        assert.equal(event.type, c.event_type, c.name)
      } else {
        assert.throws(
          () => verifier.verify(body, c.signature),
          (err) => err instanceof PingxxError && err.code === c.expect,
          c.name,
        )
      }
    }
  }
})

const validationFile = path.join(VECTORS, 'validation.json')

// JSON numbers such as `100.0` are integers once in JS (100.0 === 100), so a JS
// caller cannot send them: cases that hold one are not representable here.
const INTEGRAL_FLOAT = /([:[,]\s*)(-?\d+\.0+(?:[eE][+-]?\d+)?)(?=\s*[,}\]])/g

test('every validation vector gives its field errors', { skip: !fs.existsSync(validationFile) }, (t) => {
  const marked = fs.readFileSync(validationFile, 'utf8').replace(INTEGRAL_FLOAT, '$1"@@pingxx-float $2"')
  const { now, cases } = JSON.parse(fs.readFileSync(validationFile, 'utf8'))
  const markedCases = JSON.parse(marked).cases
  assert.ok(cases.length > 0)
  let checked = 0
  cases.forEach((c, i) => {
    if (JSON.stringify(markedCases[i].params).includes('@@pingxx-float')) {
      t.diagnostic(`not representable in JS: ${c.name}`)
      return
    }
    const got = validateAt(c.operation, c.params, now)
    const pairs = [...new Set(got.map((e) => `${e.field} ${e.rule}`))].sort()
    if (c.valid) {
      assert.deepEqual(pairs, [], c.name)
    } else {
      assert.deepEqual(pairs, [...new Set(c.errors.map((e) => `${e.field} ${e.rule}`))].sort(), c.name)
    }
    for (const e of got) assert.ok(typeof e.message === 'string' && e.message.length > 0, c.name)
    checked++
  })
  assert.ok(checked >= cases.length - 5, `${checked} of ${cases.length} cases checked`)
})

test('validate uses the current clock and agrees with validateAt on clock-free cases', () => {
  assert.deepEqual(validate('charges.retrieve', { charge_id: 'ch_1' }), [])
  assert.deepEqual(validateAt('charges.retrieve', { charge_id: 'ch_1' }, 1500000000), [])
})
