/** Options of a client: every option of the core (CoreClientOptions, camelCase), plus the Node-only ones. */
export interface ClientOptions extends Omit<CoreClientOptions, 'privateKey' | 'caCert'> {
  /** Merchant RSA private key: PEM or base64 text, or the bytes of a PEM or DER file; every request is then signed. */
  privateKey?: string | Buffer | Uint8Array
  /** Extra CA certificates (PEM), as text or bytes. */
  caCert?: string | Buffer | Uint8Array
  /** Called with one record per HTTP attempt, off the network thread (no secrets; bodies only with `logBodies: true`). */
  onLog?: (record: AttemptLog) => void
}

/** One HTTP attempt, as given to `onLog`. */
export interface AttemptLog {
  operation: string | null
  method: string
  path: string
  status: number | null
  attempt: number
  durationMs: number
  requestId: string | null
  retryReason: string | null
  outcome: 'ok' | 'retry' | 'error'
  errorCode: ErrorCode | null
  /** Only with `logBodies: true`. */
  requestBody: string | null
  /** Only with `logBodies: true`. */
  responseBody: string | null
}

