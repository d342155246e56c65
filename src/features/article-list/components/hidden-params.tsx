/** A serialised query string as hidden form fields, so a GET form without JavaScript keeps what it does not show. */
export function HiddenParams({ query }: { query: string }) {
  return [...new URLSearchParams(query)].map(([name, value], i) => (
    <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
  ));
}
