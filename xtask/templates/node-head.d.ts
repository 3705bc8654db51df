
/** A params object: the fields the API documents for the operation. */
export interface Params {
  [key: string]: unknown
}

/** Any object the API returns. */
export interface ApiObject {
  id?: string
  object?: string
  created?: number
  livemode?: boolean
  [key: string]: unknown
}

/** The list envelope of list operations. */
export interface List<T> {
  object: 'list'
  url?: string
  has_more: boolean
  data: T[]
  [key: string]: unknown
}

/** One broken rule: which field, which rule, and an English message naming the limit. */
export interface FieldError {
  field: string
  rule: Rule
  message: string
}

/** The fixed vocabulary of validation rules. */
export type Rule =
{{RULES}}
