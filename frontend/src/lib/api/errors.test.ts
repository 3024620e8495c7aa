import { describe, expect, it } from 'vitest';
import { ApiError, parseProblem } from './errors';

describe('parseProblem', () => {
  it('keeps title, detail, type, instance and field errors of a problem+json body', () => {
    const error = parseProblem(400, 'Bad Request', 'application/problem+json', {
      type: 'https://kollekt.example/problems/validation',
      title: 'Invalid donation',
      status: 400,
      detail: 'Two fields are invalid',
      instance: '/api/donations',
      errors: [
        { field: 'amount', message: 'must be positive' },
        { field: 'file', line: 7, message: 'unknown department' },
        { message: 'general problem' },
      ],
    });

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe('problem');
    expect(error.status).toBe(400);
    expect(error.title).toBe('Invalid donation');
    expect(error.detail).toBe('Two fields are invalid');
    expect(error.type).toBe('https://kollekt.example/problems/validation');
    expect(error.instance).toBe('/api/donations');
    expect(error.fieldErrors).toEqual([
      { field: 'amount', message: 'must be positive' },
      { field: 'file', line: 7, message: 'unknown department' },
      { message: 'general problem' },
    ]);
    expect(error.errorsFor('amount')).toEqual(['must be positive']);
    expect(error.errorsFor('name')).toEqual([]);
    expect(error.message).toBe('Invalid donation: Two fields are invalid');
  });

  it('parses a problem body that is still raw text, with a charset parameter', () => {
    const error = parseProblem(
      401,
      'Unauthorized',
      'application/problem+json; charset=UTF-8',
      '{"title":"Unauthorized","status":401,"detail":"No valid bearer token"}',
    );
    expect(error.kind).toBe('problem');
    expect(error.status).toBe(401);
    expect(error.title).toBe('Unauthorized');
    expect(error.detail).toBe('No valid bearer token');
    expect(error.fieldErrors).toEqual([]);
  });

  it('drops malformed field errors instead of trusting them', () => {
    const error = parseProblem(422, '', 'application/problem+json', {
      title: 'Invalid',
      status: 422,
      errors: [{ field: 'a' }, 'oops', null, { field: 'b', message: 'ok', line: 'x' }],
    });
    expect(error.fieldErrors).toEqual([{ field: 'b', message: 'ok' }]);
  });

  it('uses the HTTP status when the problem omits one', () => {
    const error = parseProblem(409, 'Conflict', 'application/problem+json', { title: 'Already exists' });
    expect(error.status).toBe(409);
    expect(error.detail).toBeUndefined();
  });

  it('turns a non-problem error (e.g. an HTML page from a proxy) into an http error', () => {
    const error = parseProblem(502, 'Bad Gateway', 'text/html', '<html><body>Bad gateway</body></html>');
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBeUndefined();
    expect(error.fieldErrors).toEqual([]);
  });

  it('copes with an empty body and no status text', () => {
    const error = parseProblem(500, '', null, undefined);
    expect(error.kind).toBe('http');
    expect(error.title).toBe('HTTP 500');
  });

  it('does not mistake broken JSON for a problem', () => {
    const error = parseProblem(500, 'Internal Server Error', 'application/problem+json', '{"title": ');
    expect(error.kind).toBe('http');
    expect(error.title).toBe('Internal Server Error');
  });
});
