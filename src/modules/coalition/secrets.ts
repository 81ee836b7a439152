import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** argon2id hash of a password, as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verified against when the username is unknown, so that the answer takes as long either way.
let dummyHash: Promise<string> | undefined;

/** True when `password` matches the PHC hash; spends the same time when there is no hash. */
export async function verifyPassword(phc: string | null, password: string): Promise<boolean> {
  if (phc === null) {
    dummyHash ??= hashPassword('guarantor-timing-equaliser');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/** A new random secret with a readable prefix: `gtk_` + 43 base64url characters (256 bits). */
export function newSecret(prefix: 'gtk' | 'gss'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 hex of a secret, the only form in which tokens and sessions are stored. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
