import { Type, type Static } from '@sinclair/typebox';

/** One offending field or line of a request, named by JSON pointer or line number. */
export const ProblemErrorSchema = Type.Object({
  pointer: Type.Optional(
    Type.String({ description: 'JSON pointer into the request, e.g. /location/coordinates/1' }),
  ),
  field: Type.Optional(Type.String({ description: 'Field or column name' })),
  line: Type.Optional(Type.Integer({ description: 'Line number in a batch or file, from 1' })),
  detail: Type.String(),
});
export type ProblemErrorItem = Static<typeof ProblemErrorSchema>;

/** RFC 9457 problem details, as every error of the API is answered. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(ProblemErrorSchema)),
  },
  { additionalProperties: true, $id: 'Problem' },
);
export type Problem = Static<typeof ProblemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An error that the HTTP layer answers as an RFC 9457 problem. Services throw these; the
 * CLI prints them. `type` is a URI under `/problems/`, documented in docs/api.md.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly errors: ProblemErrorItem[] | undefined;
  readonly extra: Record<string, unknown>;

  constructor(
    status: number,
    detail: string,
    options: { type?: string; errors?: ProblemErrorItem[]; extra?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.status = status;
    this.type = options.type ?? `/problems/${(TITLES[status] ?? 'error').toLowerCase().replaceAll(' ', '-')}`;
    this.errors = options.errors;
    this.extra = options.extra ?? {};
  }

  /** The problem document for this error. */
  toProblem(instance?: string): Problem {
    return {
      type: this.type,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

/** 400 naming the offending field (a JSON pointer such as `/location/coordinates`). */
export function badRequest(detail: string, errors?: ProblemErrorItem[]): ProblemError {
  return new ProblemError(400, detail, { type: '/problems/validation', errors });
}
/** 400 for one field: `invalidField('/category', 'unknown category "x"')`. */
export function invalidField(pointer: string, detail: string): ProblemError {
  return badRequest(`${pointer}: ${detail}`, [{ pointer, detail }]);
}
/** 401: no or bad credentials. */
export function unauthorized(detail = 'Sign in or send a valid API token.'): ProblemError {
  return new ProblemError(401, detail);
}
/** 403: signed in, but the role or party may not do this. */
export function forbidden(detail: string): ProblemError {
  return new ProblemError(403, detail);
}
/** 404: no such record, or none the viewer may see (the two are not distinguished). */
export function notFound(what: string): ProblemError {
  return new ProblemError(404, `${what} was not found.`);
}
/** 409: the request conflicts with the stored state. */
export function conflict(detail: string, extra?: Record<string, unknown>): ProblemError {
  return new ProblemError(409, detail, { extra });
}
/** 422: well-formed, but not allowed in the current state (e.g. a workflow transition). */
export function unprocessable(detail: string, errors?: ProblemErrorItem[]): ProblemError {
  return new ProblemError(422, detail, { errors });
}
