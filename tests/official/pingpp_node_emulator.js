// The official Ping++ Node SDK (pingpp, unchanged) set up against `pingxx mock`
// for the test_pingpp_node_*.js files that scripts/test-official.sh runs after
// test_pingpp_node.js, with its environment (PINGXX_API_BASE,
// PINGXX_MERCHANT_KEY); see that file for why the global agent is replaced.
'use strict';

const assert = require('node:assert/strict');
const http = require('node:http');
const fs = require('node:fs');

http.globalAgent = new http.Agent({ keepAlive: false });

/** The merchant's app of the emulator's seed data. */
const APP_ID = 'app_1Gqj58ynP0mHeX1q';

const base = new URL(process.env.PINGXX_API_BASE);

/** A pingpp client of the emulator that signs with the merchant key. */
const pingpp = require('pingpp')('sk_test_ibbTe5jLGCi5rzfH4OqPW9KC');
pingpp.setHost(base.hostname, base.port, 'http');
pingpp.setPrivateKey(fs.readFileSync(process.env.PINGXX_MERCHANT_KEY, 'utf8'));
pingpp.setTimeout(15000);

/** For assert.rejects: the SDK's invalid_request_error naming `param`. */
const invalid = (param) => (err) => {
  assert.equal(err.type, 'PingppInvalidRequest');
  assert.equal(err.rawType, 'invalid_request_error');
  assert.equal(err.param, param);
  return true;
};

/** POSTs a control endpoint (`/_mock/<path>`) and returns its JSON answer, asserting 200. */
async function mockControl(path) {
  const res = await fetch(`${process.env.PINGXX_API_BASE}/_mock/${path}`, { method: 'POST' });
  const body = await res.text();
  assert.equal(res.status, 200, `${path}: ${body}`);
  return JSON.parse(body);
}

module.exports = { APP_ID, invalid, mockControl, pingpp };
