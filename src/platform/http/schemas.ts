import { Type, type TSchema } from '@sinclair/typebox';
import { ProblemSchema } from './problem.js';

/** `{ items, nextCursor }`: the shape of every list. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as ?cursor= for the next page; null at the end',
    }),
  });
}

/** Query parameters every list takes. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
};

const problem = Type.Ref(ProblemSchema);

/** Adds the standard problem answers to a route's responses, for OpenAPI. */
export function withProblems<R extends Record<number, TSchema>>(responses: R) {
  return {
    ...responses,
    400: problem,
    401: problem,
    403: problem,
    404: problem,
    409: problem,
    413: problem,
    422: problem,
    429: problem,
  };
}

/** ISO 8601 UTC date-time string. */
export const DateTimeSchema = Type.String({ format: 'date-time' });
