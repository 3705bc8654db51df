const express = require('express')
const { WebhookVerifier, PingxxError } = require('pingxx')

// The Ping++ public key, from the dashboard (开发信息 → Ping++ 公钥).
const verifier = new WebhookVerifier(process.env.PINGXX_PUBLIC_KEY)

const app = express()
// express.raw() keeps the body as the exact bytes Ping++ signed: do not use express.json() here.
app.post('/webhooks/pingxx', express.raw({ type: 'application/json' }), (req, res) => {
  let event
  try {
    event = verifier.verify(req.body, req.get('x-pingplusplus-signature'))
  } catch (err) {
    if (err instanceof PingxxError) return res.status(400).send(err.code)
    throw err
  }
  if (event.type === 'charge.succeeded') {
    // fulfil event.data.object (a charge) here
  }
  res.sendStatus(200)
})

module.exports = app
