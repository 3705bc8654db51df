/** Every code a PingxxError carries (the core's error catalogue, `errorCodes()`). */
export type ErrorCode =
{{ERROR_CODES}}

/** Every error of this package. */
export declare class PingxxError extends Error {
  readonly name: 'PingxxError'
  /** The core's stable code string. */
  readonly code: ErrorCode
  /** HTTP status, when the error came with one. */
  readonly httpStatus: number | null
  /** The request id the API gave, if any. */
  readonly requestId: string | null
  /** The parameter blamed, if any. */
  readonly param: string | null
  /** The field errors of a validation failure (else empty). */
  readonly errors: FieldError[]
  /** For `outcome_unknown`: the last error seen before giving up (else null). */
  readonly lastError: PingxxError | null
  /** The operation called, when known. */
  readonly operation: string | null
  /** For `outcome_unknown`: the operation to call to learn whether the request took effect. */
  readonly checkWith: string | null
  /** The core's JSON shape of the error. */
  toJSON(): {
    code: ErrorCode
    message: string
    errors: FieldError[]
    http_status: number | null
    request_id: string | null
    param: string | null
    last_error?: { code: ErrorCode; message: string; http_status: number | null; request_id: string | null }
    operation?: string | null
    check_with?: string | null
  }
}

/** What every call result also carries, as non-enumerable properties. */
export interface ResponseInfo {
  /** The request id of the answer (give it to support), or null. */
  readonly requestId: string | null
  /** The HTTP status of the answer. */
  readonly httpStatus: number
}

/** A call result: the object of the API plus its ResponseInfo. */
export type WithResponse<T> = T & ResponseInfo

{{CLIENT_OPTIONS}}
/** A Ping++ API client; every network call returns a Promise and runs off the JS thread. */
export declare class Client {
  constructor(options: ClientOptions)
  /** The configured app id, or null. */
  readonly appId: string | null
  /** The API base URL. */
  readonly apiBase: string
  /** Calls an operation by name. */
  call<N extends OperationName>(operation: N, params?: OperationParams[N]): Promise<WithResponse<OperationResults[N]>>
  /** Sends one raw request: `request('GET', '/v1/orders?page=1')`. */
  request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: Params | null): Promise<WithResponse<ApiObject>>
  /** Iterates every item of a list operation, fetching page after page. */
  autoPaging<N extends ListOperationName>(operation: N, params?: OperationParams[N]): AsyncGenerator<ListItems[N], void, undefined>
{{NAMESPACES}}
}

/** Headers as Node, Express, fetch or an array of pairs give them. */
export type HeadersLike =
  | Record<string, string | string[] | undefined>
  | Map<string, string>
  | Iterable<[string, string]>
  | { entries(): Iterable<[string, string]> }

/** Verifies webhooks with the Ping++ public key, parsed once. */
export declare class WebhookVerifier {
  constructor(publicKeyPem: string | Buffer | Uint8Array)
  /** Verifies the signature over the raw body (not re-serialised JSON); returns the event. */
  verify(rawBody: Buffer | Uint8Array | string, signature: string | string[] | undefined | null): Event
  /** Finds `X-Pingplusplus-Signature` (any case) in the headers, then verifies. */
  verifyHeaders(headers: HeadersLike, rawBody: Buffer | Uint8Array | string): Event
}

/** Signs requests with the merchant private key, parsed once. */
export declare class RequestSigner {
  constructor(privateKeyPem: string | Buffer | Uint8Array)
  /** Base64 RSA-SHA256 signature of `body ‖ requestTarget ‖ timestamp`. */
  sign(body: Buffer | Uint8Array | string | null | undefined, requestTarget: string, timestamp: number): string
  /** The matching public key as SPKI PEM. */
  publicKeyPem(): string
}

/** Signs webhook bodies the way Ping++ does (for tests and local emulators). */
export declare class WebhookSigner {
  constructor(privateKeyPem: string | Buffer | Uint8Array)
  /** Base64 signature over the raw body. */
  sign(rawBody: Buffer | Uint8Array | string): string
  /** The public key that verifies these signatures, as SPKI PEM. */
  publicKeyPem(): string
}

/** One row of the operation table (`operations_json()` of the core; docs/operations-json.md). */
export interface OperationInfo {
  readonly name: OperationName
  readonly resource: string
  readonly action: string
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly path: string
  readonly path_params: readonly string[]
  readonly pagination: null | { readonly style: 'page'; readonly max_per_page: number } | { readonly style: 'cursor'; readonly max_limit: number }
  readonly returns: { readonly kind: string; readonly list: boolean }
  readonly unique_param: string | null
  readonly app_param: 'none' | 'object' | 'text'
  readonly defaults: { readonly [name: string]: unknown }
  readonly params: unknown
  readonly hooks: readonly string[]
  readonly summary: string
}

/** One entry of the error catalogue. */
export interface ErrorCodeInfo {
  readonly code: ErrorCode
  /** The C result number. */
  readonly number: number
  readonly summary: string
}

/** One client option of the core (name in camelCase). */
export interface ClientOptionInfo {
  readonly name: string
  readonly type: string
  readonly required: boolean
  readonly secret: boolean
  readonly default: unknown
  readonly doc: string
}

/** The operation table, in document order. */
export declare function operations(): readonly OperationInfo[]
/** Checks params against an operation's rules: `[]` or the broken rules. */
export declare function validate(operation: OperationName, params?: Params | null): FieldError[]
/** Like `validate`, with "now" in unix seconds (for time windows such as `time_expire`). */
export declare function validateAt(operation: OperationName, params: Params | null | undefined, nowUnixSeconds: number): FieldError[]
/** The value of `X-Pingplusplus-Signature` (any case) in the headers, or null. */
export declare function signatureFromHeaders(headers: HeadersLike | null | undefined): string | null
/** Every code the core gives, in a stable order. */
export declare const ERROR_CODES: readonly ErrorCode[]
/** The error catalogue: code, C number and summary of every code. */
export declare function errorCodes(): readonly ErrorCodeInfo[]
/** Every client option of the core. */
export declare function clientOptions(): readonly ClientOptionInfo[]
/** The core's version. */
export declare const VERSION: string
/** The `User-Agent` the core sends. */
export declare const USER_AGENT: string
/** `X-Pingplusplus-Signature`. */
export declare const SIGNATURE_HEADER: 'X-Pingplusplus-Signature'
