import type { FieldError } from './types';

/**
 * How a call failed:
 * - `problem`: the server answered with an RFC 9457 problem document (application/problem+json)
 * - `http`: the server answered with an error status but no problem document
 * - `network`: the server could not be reached at all (no response)
 */
export type ApiErrorKind = 'problem' | 'http' | 'network';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  title: string;
  detail?: string;
  type?: string;
  instance?: string;
  fieldErrors?: FieldError[];
  cause?: unknown;
}

/** The one error type every API call rejects with. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no response. */
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly instance?: string;
  readonly fieldErrors: FieldError[];

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.instance = init.instance;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  /** Field errors for one input, e.g. to show beside it in a form. */
  errorsFor(field: string): string[] {
    return this.fieldErrors.filter((e) => e.field === field).map((e) => e.message);
  }

  static network(cause: unknown): ApiError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new ApiError({ kind: 'network', status: 0, title: 'Network error', detail: message, cause });
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const result: FieldError[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.message !== 'string') continue;
    const fieldError: FieldError = { message: item.message };
    if (typeof item.field === 'string') fieldError.field = item.field;
    if (typeof item.line === 'number' && Number.isInteger(item.line)) fieldError.line = item.line;
    result.push(fieldError);
  }
  return result;
}

function isProblemContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/problem+json' || mediaType === 'application/json';
}

/**
 * Turns a failed HTTP response into an {@link ApiError}.
 *
 * `body` is what was read from the response: already-parsed JSON, raw text, or undefined.
 * A problem document (application/problem+json, or plain JSON that has a `title`) keeps its
 * title, detail, type, instance and field errors; anything else (an HTML error page from a proxy,
 * an empty body) becomes an `http` error titled with the status text.
 */
export function parseProblem(
  status: number,
  statusText: string,
  contentType: string | null,
  body: unknown,
): ApiError {
  let parsed = body;
  if (typeof parsed === 'string' && isProblemContentType(contentType)) {
    try {
      parsed = JSON.parse(parsed) as unknown;
    } catch {
      // not JSON after all: fall through to a plain http error
    }
  }

  if (isProblemContentType(contentType) && isRecord(parsed) && typeof parsed.title === 'string') {
    return new ApiError({
      kind: 'problem',
      status: typeof parsed.status === 'number' ? parsed.status : status,
      title: parsed.title,
      detail: optionalString(parsed.detail),
      type: optionalString(parsed.type),
      instance: optionalString(parsed.instance),
      fieldErrors: parseFieldErrors(parsed.errors),
    });
  }

  return new ApiError({
    kind: 'http',
    status,
    title: statusText || `HTTP ${status}`,
  });
}
