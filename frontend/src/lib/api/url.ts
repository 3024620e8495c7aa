import type { paths } from './schema';

type Primitive = string | number | boolean;

/** The query parameters the contract declares for GET `P` (never when it has none). */
export type GetQuery<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never;

/**
 * The same-origin address of a GET endpoint without path parameters, with its query typed from the contract;
 * undefined values are left out. For requests the openapi-fetch client cannot make (e.g. event streams):
 * apiUrl('/api/boards/stream', { level: 'COUNTRY' }) → "/api/boards/stream?level=COUNTRY".
 */
export function apiUrl<P extends keyof paths>(path: P, query?: GetQuery<P>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, Primitive | null | undefined>)) {
    if (value !== undefined && value !== null) search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
