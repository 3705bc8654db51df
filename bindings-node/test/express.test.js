'use strict'
// The README recipe: verify a webhook in Express with express.raw().

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const Module = require('node:module')
const path = require('node:path')

const { WebhookSigner } = require('..')
const { readKey } = require('./helpers')

const RECIPE = path.join(__dirname, '..', 'examples', 'express-webhook.js')

// Loads the recipe as written, with `require('pingxx')` resolving to this package.
function loadRecipe() {
  const source = fs.readFileSync(RECIPE, 'utf8')
  const m = new Module(RECIPE, module)
  m.filename = RECIPE
  m.paths = Module._nodeModulePaths(path.dirname(RECIPE))
  const parentRequire = m.require.bind(m)
  m.require = (id) => (id === 'pingxx' ? require('..') : parentRequire(id))
  m._compile(source, RECIPE)
  return m.exports
}

test('the README shows the recipe verbatim', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8')
  assert.ok(readme.includes(fs.readFileSync(RECIPE, 'utf8').trim()), 'README.md must contain examples/express-webhook.js')
})

test('an Express app with express.raw() accepts signed webhooks and refuses the rest', async () => {
  const signer = new WebhookSigner(readKey('merchant_example_private_key_pkcs1.pem'))
  process.env.PINGXX_PUBLIC_KEY = signer.publicKeyPem()
  const app = loadRecipe()
  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const url = `http://127.0.0.1:${server.address().port}/webhooks/pingxx`
  try {
    const body = JSON.stringify({
      id: 'evt_401161102173549000000002', object: 'event', type: 'charge.succeeded', livemode: false,
      created: 1477994149, data: { object: { id: 'ch_1', object: 'charge', subject: '测试' } },
    })
    const post = (payload, headers) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload })

    const ok = await post(body, { 'X-Pingplusplus-Signature': signer.sign(body) })
    assert.equal(ok.status, 200)

    const tampered = await post(body.replace('ch_1', 'ch_2'), { 'x-pingplusplus-signature': signer.sign(body) })
    assert.equal(tampered.status, 400)
    assert.equal(await tampered.text(), 'signature_invalid')

    const unsigned = await post(body, {})
    assert.equal(unsigned.status, 400)
    assert.equal(await unsigned.text(), 'signature_missing')

    const reserialised = JSON.stringify(JSON.parse(body), null, 1)
    const pretty = await post(reserialised, { 'x-pingplusplus-signature': signer.sign(body) })
    assert.equal(pretty.status, 400)
  } finally {
    await new Promise((r) => server.close(r))
    delete process.env.PINGXX_PUBLIC_KEY
  }
})
