/**
 * `URLSearchParams#toString`, but keeping `:` as is: it is legal in a query (RFC 3986) and entity ids such as
 * `person:vladimir-putin` read far better in a shared link than `person%3Avladimir-putin`.
 */
export function toQueryString(params: URLSearchParams): string {
  return params.toString().replace(/%3A/gi, ":");
}
