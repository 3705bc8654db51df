'use strict'
// pingxx for Node: a thin wrapper over the Rust core (native.js loads the addon).
// It converts values, builds one namespace per resource from operations(), and
// turns native errors into PingxxError. No business rule lives here.

const native = require('../native.js')

const ERROR_PREFIX = 'pingxx-error:'

/**
 * Every error of this package: `code` is one of `ERROR_CODES` (the core's catalogue).
 * `outcome_unknown` means the request may have taken effect: `lastError` is the last
 * error seen and `checkWith` the operation to look the object up with before retrying.
 */
class PingxxError extends Error {
  constructor(info) {
    super(info.message)
    this.name = 'PingxxError'
    this.code = info.code
    this.httpStatus = info.http_status ?? null
    this.requestId = info.request_id ?? null
    this.param = info.param ?? null
    this.errors = Array.isArray(info.errors) ? info.errors : []
    this.lastError = info.last_error ? new PingxxError({ errors: [], ...info.last_error }) : null
    this.operation = info.operation ?? null
    this.checkWith = info.check_with ?? null
  }

  /** The error as the core's JSON shape (`outcome_unknown` adds `last_error`, `operation`, `check_with`). */
  toJSON() {
    const json = {
      code: this.code,
      message: this.message,
      errors: this.errors,
      http_status: this.httpStatus,
      request_id: this.requestId,
      param: this.param,
    }
    if (this.lastError !== null) {
      const { code, message, http_status, request_id } = this.lastError.toJSON()
      json.last_error = { code, message, http_status, request_id }
      json.operation = this.operation
      json.check_with = this.checkWith
    }
    return json
  }
}

function pingxxError(code, message) {
  return new PingxxError({ code, message, errors: [] })
}

// A native error carries the core's error JSON after ERROR_PREFIX; anything else
// (an argument napi could not convert) is reported as-is.
function fromNative(err) {
  if (err instanceof PingxxError) return err
  const message = err && typeof err.message === 'string' ? err.message : ''
  if (message.startsWith(ERROR_PREFIX)) {
    try {
      return new PingxxError(JSON.parse(message.slice(ERROR_PREFIX.length)))
    } catch {
      // fall through: not our JSON after all
    }
  }
  return err
}

function sync(fn) {
  try {
    return fn()
  } catch (err) {
    throw fromNative(err)
  }
}

function isPlainObject(v) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

// Params as JSON text for the core, which judges them; undefined means "no params".
function encodeParams(params, what) {
  if (params === undefined) return 'null'
  let json
  try {
    json = JSON.stringify(params)
  } catch (err) {
    throw pingxxError('invalid_json', `${what}: params cannot be encoded as JSON: ${err.message}`)
  }
  if (json === undefined) throw pingxxError('invalid_json', `${what}: params cannot be encoded as JSON: ${describe(params)}`)
  return json
}

function describe(v) {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  return typeof v === 'object' ? `an instance of ${v.constructor?.name ?? 'Object'}` : `a ${typeof v}`
}

function asBytes(body, what) {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  throw pingxxError(
    'invalid_event',
    `${what} must be the raw body as a Buffer or a string, got ${describe(body)} (in Express, use express.raw())`,
  )
}

function deepFreeze(v) {
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x)
    Object.freeze(v)
  }
  return v
}

let tableCache = null

// The core's operations_json(): { format, operations: [...], kinds: {...} }, parsed once.
function table() {
  if (tableCache === null) tableCache = deepFreeze(JSON.parse(native.operationsJson()))
  return tableCache
}

/**
 * The operation table, as the core describes it (docs/operations-json.md): one object per
 * operation, `{ name, resource, action, method, path, path_params, pagination, returns,
 * unique_param, app_param, defaults, params, hooks, summary }`, frozen.
 */
function operations() {
  return table().operations
}

let errorCodesCache = null

/** The error catalogue: `[{ code, number, summary }]`, every code a `PingxxError` can carry. */
function errorCodes() {
  if (errorCodesCache === null) errorCodesCache = deepFreeze(JSON.parse(native.errorCodesJson()))
  return errorCodesCache
}

/** Checks params against an operation's rules: `[]` or `[{ field, rule, message }]`. */
function validate(operation, params) {
  const json = encodeParams(params, String(operation))
  return JSON.parse(sync(() => native.validateJson(String(operation), json)))
}

/** Like `validate`, with "now" given in unix seconds (for time windows such as `time_expire`). */
function validateAt(operation, params, nowUnixSeconds) {
  if (!Number.isSafeInteger(nowUnixSeconds)) {
    throw pingxxError('invalid_json', `now must be an integer number of unix seconds, got ${describe(nowUnixSeconds)}`)
  }
  const json = encodeParams(params, String(operation))
  return JSON.parse(sync(() => native.validateJson(String(operation), json, nowUnixSeconds)))
}

// The resource tree of the operation table, built once:
// { methods: Map(action -> op), children: Map(segment -> node) }.
let treeCache = null

function resourceTree() {
  if (treeCache !== null) return treeCache
  const root = { methods: new Map(), children: new Map() }
  for (const op of operations()) {
    let node = root
    for (const segment of op.resource.split('.')) {
      if (!node.children.has(segment)) node.children.set(segment, { methods: new Map(), children: new Map() })
      node = node.children.get(segment)
    }
    node.methods.set(op.action, op)
    if (op.pagination !== null) node.methods.set(`${op.action}Auto`, op)
  }
  treeCache = root
  return root
}

// Positional arguments of a resource method: the path parameters except
// `app_id`, which comes from the params or the client's appId.
function positionalParams(op) {
  return op.path_params.filter((p) => p !== 'app_id')
}

function splitArgs(op, args) {
  const names = positionalParams(op)
  const fromPath = {}
  let i = 0
  while (i < names.length && i < args.length && (typeof args[i] === 'string' || typeof args[i] === 'number')) {
    fromPath[names[i]] = args[i]
    i++
  }
  const rest = args[i]
  if (args.length > i + 1 || (rest !== undefined && rest !== null && !isPlainObject(rest))) {
    const signature = [...names, 'params'].join(', ')
    throw pingxxError('invalid_json', `${op.name}: expected arguments (${signature}), got ${describe(rest)} at position ${i}`)
  }
  return { ...(rest ?? {}), ...fromPath }
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: false, writable: false, configurable: false })
}

// The object answered, with the answer's request id and HTTP status as non-enumerable
// properties `requestId` and `httpStatus` (not in JSON.stringify, spread or keys).
function fromResponse(response) {
  const value = JSON.parse(response.body)
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of [['requestId', response.requestId ?? null], ['httpStatus', response.status]]) {
      Object.defineProperty(value, key, { value: v, enumerable: false, writable: false, configurable: true })
    }
  }
  return value
}

function rethrow(err) {
  throw fromNative(err)
}

// Option values for the core: bytes (a key or certificate file read with fs) become
// text: PEM as it is, DER as base64. Names and everything else pass unchanged: the
// native side turns camelCase keys into the core's snake_case options, which refuse
// unknown ones.
function nativeOptions(options) {
  const out = {}
  for (const [key, value] of Object.entries(options)) {
    out[key] = value instanceof Uint8Array ? keyText(value) : value
  }
  return out
}

function buildNamespace(client, node) {
  const ns = {}
  for (const [segment, child] of node.children) {
    if (node.methods.has(segment)) throw new Error(`operation table: ${segment} is both a method and a resource`)
    ns[segment] = buildNamespace(client, child)
  }
  for (const [action, op] of node.methods) {
    if (action.endsWith('Auto') && op.action !== action) {
      ns[action] = (...args) => {
        let params
        try {
          params = splitArgs(op, args)
        } catch (err) {
          return (async function* failed() {
            throw err
          })()
        }
        return client.autoPaging(op.name, params)
      }
    } else {
      ns[action] = (...args) => {
        let params
        try {
          params = splitArgs(op, args)
        } catch (err) {
          return Promise.reject(err)
        }
        return client.call(op.name, params)
      }
    }
  }
  return Object.freeze(ns)
}

/** A Ping++ API client; every network call returns a Promise and runs off the JS thread. */
class Client {
  #native

  /**
   * `options`: the core's client options (`clientOptions()`) in camelCase, `{ apiKey,
   * appId, privateKey, apiBase, timeoutMs, ... }`; an unknown option is `invalid_config`.
   * `onLog(record)` is called with one record per HTTP attempt.
   */
  constructor(options) {
    if (!isPlainObject(options)) {
      throw pingxxError('invalid_config', `options: must be an object like { apiKey }, got ${describe(options)}`)
    }
    const given = nativeOptions(options)
    this.#native = sync(() => new native.NativeClient(given))
    for (const [segment, child] of resourceTree().children) {
      defineHidden(this, segment, buildNamespace(this, child))
    }
  }

  /** The configured app id, or null. */
  get appId() {
    return this.#native.appId ?? null
  }

  /** The API base URL. */
  get apiBase() {
    return this.#native.apiBase
  }

  /** Calls an operation by name (`orders.pay`, ...): a Promise of the API's object. */
  call(operation, params) {
    let json
    try {
      if (typeof operation !== 'string') {
        throw pingxxError('unknown_operation', `operation must be a name like "orders.create", got ${describe(operation)}`)
      }
      json = encodeParams(params, operation)
    } catch (err) {
      return Promise.reject(err)
    }
    return this.#native.call(operation, json).then(fromResponse, rethrow)
  }

  /** Sends one raw request: `request('GET', '/v1/orders?page=1')`. */
  request(method, path, body) {
    let json = null
    try {
      if (typeof method !== 'string' || typeof path !== 'string') {
        throw pingxxError('invalid_config', 'request(method, path, body): method and path must be strings')
      }
      if (body !== undefined && body !== null) json = encodeParams(body, `${method} ${path}`)
    } catch (err) {
      return Promise.reject(err)
    }
    return this.#native.request(method, path, json).then(fromResponse, rethrow)
  }

  /** Iterates every item of a list operation, fetching page after page. */
  async *autoPaging(operation, params) {
    const op = operations().find((o) => o.name === operation)
    if (op === undefined) throw pingxxError('unknown_operation', `unknown operation \`${operation}\``)
    if (op.pagination === null) throw pingxxError('unknown_operation', `${operation} is not a list operation`)
    const byPage = op.pagination.style === 'page'
    let query = { ...(params ?? {}) }
    let page = typeof query.page === 'number' ? query.page : 1
    for (;;) {
      if (byPage) query = { ...query, page }
      const list = await this.call(operation, query)
      const data = Array.isArray(list.data) ? list.data : []
      for (const item of data) yield item
      if (!list.has_more || data.length === 0) return
      if (byPage) page += 1
      else query = { ...query, starting_after: data[data.length - 1].id }
    }
  }

  /** Shows the configuration without secrets. */
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return `Client { apiBase: ${JSON.stringify(this.apiBase)}, appId: ${JSON.stringify(this.appId)} }`
  }
}

/** Verifies webhooks with the Ping++ public key, parsed once. */
class WebhookVerifier {
  #native

  constructor(publicKeyPem) {
    const key = asKey(publicKeyPem, 'publicKeyPem')
    this.#native = sync(() => new native.NativeWebhookVerifier(key))
  }

  /** Verifies `signature` over the raw body; returns the event object. Throws PingxxError. */
  verify(rawBody, signature) {
    const body = asBytes(rawBody, 'rawBody')
    const sig = Array.isArray(signature) ? signature[0] : signature
    if (sig !== undefined && sig !== null && typeof sig !== 'string') {
      throw pingxxError('signature_invalid', `signature must be a string, got ${describe(sig)}`)
    }
    sync(() => this.#native.verify(body, sig ?? ''))
    return JSON.parse(typeof body === 'string' ? body : body.toString('utf8'))
  }

  /** Finds `X-Pingplusplus-Signature` (any case) in request headers, then verifies. */
  verifyHeaders(headers, rawBody) {
    return this.verify(rawBody, signatureFromHeaders(headers) ?? '')
  }
}

// A key file's bytes as text for the core: PEM or base64 as they are, DER as base64.
function keyText(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return /^[\t\n\r\x20-\x7e]*$/.test(buf.toString('latin1')) ? buf.toString('utf8') : buf.toString('base64')
}

function asKey(key, what) {
  if (typeof key === 'string' || Buffer.isBuffer(key)) return key
  if (key instanceof Uint8Array) return Buffer.from(key.buffer, key.byteOffset, key.byteLength)
  throw pingxxError('invalid_key', `${what} must be a PEM string or a Buffer, got ${describe(key)}`)
}

/** The signature header's value from a headers object, Map, Headers or array of pairs. */
function signatureFromHeaders(headers) {
  if (headers === undefined || headers === null) return null
  let pairs
  if (typeof headers.entries === 'function' && !Array.isArray(headers)) pairs = [...headers.entries()]
  else if (Array.isArray(headers)) pairs = headers
  else pairs = Object.entries(headers)
  const flat = pairs
    .filter((p) => Array.isArray(p) && p.length >= 2 && p[1] !== undefined && p[1] !== null)
    .map(([k, v]) => [String(k), String(Array.isArray(v) ? v[0] : v)])
  return native.signatureFromHeaders(flat) ?? null
}

/** Signs requests with the merchant private key, parsed once. */
class RequestSigner {
  #native

  constructor(privateKeyPem) {
    const key = asKey(privateKeyPem, 'privateKeyPem')
    this.#native = sync(() => new native.NativeRequestSigner(key))
  }

  /** Base64 RSA-SHA256 signature of `body ‖ requestTarget ‖ timestamp`. */
  sign(body, requestTarget, timestamp) {
    const bytes = body === undefined || body === null ? '' : asBytes(body, 'body')
    if (typeof requestTarget !== 'string') {
      throw pingxxError('invalid_json', `requestTarget must be a string like "/v1/charges", got ${describe(requestTarget)}`)
    }
    if (!Number.isSafeInteger(timestamp)) {
      throw pingxxError('invalid_json', `timestamp must be an integer number of unix seconds, got ${describe(timestamp)}`)
    }
    return sync(() => this.#native.sign(bytes, requestTarget, timestamp))
  }

  /** The matching public key as SPKI PEM. */
  publicKeyPem() {
    return this.#native.publicKeyPem()
  }
}

/** Signs webhook bodies the way Ping++ does (for tests and local emulators). */
class WebhookSigner {
  #native

  constructor(privateKeyPem) {
    const key = asKey(privateKeyPem, 'privateKeyPem')
    const pem = Buffer.isBuffer(key) ? key.toString('utf8') : key
    this.#native = sync(() => new native.NativeWebhookSigner(pem))
  }

  /** Base64 signature over the raw body. */
  sign(rawBody) {
    return sync(() => this.#native.sign(asBytes(rawBody, 'rawBody')))
  }

  /** The public key that verifies these signatures, as SPKI PEM. */
  publicKeyPem() {
    return this.#native.publicKeyPem()
  }
}

/** Every code a PingxxError can carry (the catalogue's `code`s, in number order). */
const ERROR_CODES = Object.freeze(errorCodes().map((c) => c.code))

let optionsCache = null

/** Every client option: `[{ name, type, required, secret, default, doc }]`, `name` in camelCase as `Client` takes it. */
function clientOptions() {
  if (optionsCache === null) {
    const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())
    optionsCache = deepFreeze(JSON.parse(native.clientOptionsJson()).map((o) => ({ ...o, name: camel(o.name) })))
  }
  return optionsCache
}

/** Throws the error of catalogue code `code` through the binding's error conversion (for tests). */
function errorForTesting(code) {
  sync(() => native.__errorForTesting(String(code)))
}

module.exports = {
  Client,
  WebhookVerifier,
  WebhookSigner,
  RequestSigner,
  PingxxError,
  validate,
  validateAt,
  operations,
  errorCodes,
  clientOptions,
  signatureFromHeaders,
  ERROR_CODES,
  VERSION: native.coreVersion(),
  USER_AGENT: native.userAgent(),
  SIGNATURE_HEADER: 'X-Pingplusplus-Signature',
  __errorForTesting: errorForTesting,
}
