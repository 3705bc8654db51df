/** Options of a client. */
export interface ClientOptions {
  /** Secret API key, `sk_test_...` or `sk_live_...`. */
  apiKey: string
  /** App id (`app_...`), used for `{app_id}` in paths when params omit it. */
  appId?: string
  /** Merchant RSA private key: PEM or base64 text, or the bytes of a PEM or DER file; every request is then signed. */
  privateKey?: string | Buffer | Uint8Array
  /** API base URL (default https://api.pingxx.com). */
  apiBase?: string
  /** Time allowed for one whole request, in ms (default 80000). */
  timeoutMs?: number
  /** Time allowed to connect, in ms (default 30000). */
  connectTimeoutMs?: number
  /** Total time for a call across every retry, in ms. */
  deadlineMs?: number
  /** Retries after the first attempt (default 2). */
  maxRetries?: number
  /** First backoff delay, in ms (default 500). */
  retryBaseDelayMs?: number
  /** `Accept-Language` header. */
  acceptLanguage?: string
  /** Appended to the `User-Agent`. */
  userAgentSuffix?: string
}

