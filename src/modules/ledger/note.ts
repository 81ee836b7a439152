import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 keys, and the C2SP
 * tlog-checkpoint body they carry (https://c2sp.org/tlog-checkpoint). Pure but for
 * `node:crypto`.
 */

// C2SP signed-note: signature type 0x01 is Ed25519.
const ED25519 = 0x01;
const EM_DASH = '\u2014';

/** An Ed25519 note key: name, 4-byte key id and raw 32-byte public key. */
export interface NoteVerifier {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
}

/** A note signer: a verifier plus the private key. */
export interface NoteSigner extends NoteVerifier {
  privateKey: KeyObject;
}

/** A signature line of a note, parsed. */
export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
  /** The line as it appeared, without its newline. */
  line: string;
}

/** Why a note, key or checkpoint was refused. */
export class NoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteError';
  }
}

function checkKeyName(name: string): void {
  // C2SP signed-note: a key name is non-empty UTF-8 without whitespace or "+".
  if (name === '' || /[\s+]/u.test(name))
    throw new NoteError(`key name "${name}" must be non-empty, without spaces or "+"`);
}

/** Key id = first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key) (C2SP signed-note). */
export function noteKeyId(name: string, publicKey: Uint8Array): Buffer {
  return createHash('sha256')
    .update(name)
    .update(Buffer.from([0x0a, ED25519]))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

/** Raw 32-byte Ed25519 public key of a key object. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new NoteError('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** Key object of a raw 32-byte Ed25519 public key. */
export function publicKeyObject(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new NoteError(`an Ed25519 public key has 32 bytes, got ${raw.length}`);
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });
}

/** A verifier for a name and raw public key. */
export function noteVerifier(name: string, publicKey: Uint8Array): NoteVerifier {
  checkKeyName(name);
  return { name, keyId: noteKeyId(name, publicKey), publicKey: Buffer.from(publicKey) };
}

/** Verifier key text: `<name>+<8 hex key id>+<base64(0x01 ‖ public key)>`. */
export function formatVerifierKey(v: NoteVerifier): string {
  return `${v.name}+${v.keyId.toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), v.publicKey]).toString('base64')}`;
}

/** Parses verifier key text; checks the type byte, the key length and that the id matches. */
export function parseVerifierKey(text: string): NoteVerifier {
  // Split at the first two "+" only: the base64 key may itself contain "+".
  const m = /^([^+]*)\+([^+]*)\+(.*)$/su.exec(text.trim());
  if (!m) throw new NoteError('a verifier key is <name>+<hex key id>+<base64 key>');
  const [, name, idHex, keyB64] = m as unknown as [string, string, string, string];
  checkKeyName(name);
  if (!/^[0-9a-f]{8}$/.test(idHex)) throw new NoteError('the key id must be 8 lowercase hex digits');
  const key = Buffer.from(keyB64, 'base64');
  if (key.toString('base64') !== keyB64) throw new NoteError('the key is not canonical base64');
  if (key.length !== 33 || key[0] !== ED25519)
    throw new NoteError('only Ed25519 keys (type 0x01, 32 bytes) are accepted');
  const v = noteVerifier(name, key.subarray(1));
  if (v.keyId.toString('hex') !== idHex) throw new NoteError('the key id does not match the name and key');
  return v;
}

/** One signature line `— <name> <base64(key id ‖ signature)>` over a note body. */
export function signatureLine(body: string, signer: NoteSigner): string {
  const signature = sign(null, Buffer.from(body, 'utf8'), signer.privateKey);
  return `${EM_DASH} ${signer.name} ${Buffer.concat([signer.keyId, signature]).toString('base64')}`;
}

/** A note: the body (ending in a newline), a blank line, then one signature line each. */
export function formatNote(body: string, lines: readonly string[]): string {
  if (!body.endsWith('\n')) throw new NoteError('a note body ends with a newline');
  return `${body}\n${lines.map((l) => `${l}\n`).join('')}`;
}

/** Parses one signature line. */
export function parseSignatureLine(line: string): NoteSignature {
  const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/u.exec(line);
  if (!m) throw new NoteError(`not a signature line: "${line.slice(0, 80)}"`);
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length < 5) throw new NoteError('a signature is a 4-byte key id and the signature');
  return { name: m[1]!, keyId: bytes.subarray(0, 4), signature: bytes.subarray(4), line };
}

/** Splits a note into its body and signature lines. */
export function parseNote(text: string): { body: string; signatures: NoteSignature[] } {
  const at = text.lastIndexOf('\n\n');
  if (at < 0 || !text.endsWith('\n'))
    throw new NoteError('a note is a body, a blank line and signature lines, each ending in a newline');
  const body = text.slice(0, at + 1);
  const lines = text.slice(at + 2, -1).split('\n');
  if (lines.length === 0 || lines.some((l) => l === ''))
    throw new NoteError('a note has at least one signature line');
  return { body, signatures: lines.map(parseSignatureLine) };
}

/** True when `sig` is a valid signature of `verifier` over `body`. */
export function signatureValid(
  body: string,
  sig: Pick<NoteSignature, 'name' | 'keyId' | 'signature'>,
  verifier: NoteVerifier,
): boolean {
  if (sig.name !== verifier.name || !sig.keyId.equals(verifier.keyId) || sig.signature.length !== 64)
    return false;
  return verify(null, Buffer.from(body, 'utf8'), publicKeyObject(verifier.publicKey), sig.signature);
}

/**
 * Verifies a note against known keys: returns the verifiers whose signatures are present and
 * valid; throws when a known key's signature is invalid or none of the keys signed.
 */
export function verifyNote(
  text: string,
  verifiers: readonly NoteVerifier[],
): { body: string; signedBy: NoteVerifier[] } {
  const { body, signatures } = parseNote(text);
  const signedBy: NoteVerifier[] = [];
  for (const sig of signatures) {
    const v = verifiers.find((k) => k.name === sig.name && k.keyId.equals(sig.keyId));
    if (!v) continue;
    if (!signatureValid(body, sig, v)) throw new NoteError(`the signature of ${sig.name} is invalid`);
    signedBy.push(v);
  }
  if (signedBy.length === 0) throw new NoteError('the note carries no signature of a known key');
  return { body, signedBy };
}

/** A C2SP tlog checkpoint: origin, tree size and root hash. */
export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Buffer;
}

/** The checkpoint body: three lines, each ending in a newline. */
export function formatCheckpoint(c: Checkpoint): string {
  return `${c.origin}\n${c.treeSize}\n${c.rootHash.toString('base64')}\n`;
}

/** Parses a checkpoint body (extension lines after the third are allowed and ignored). */
export function parseCheckpoint(body: string): Checkpoint {
  const lines = body.split('\n');
  if (lines.length < 4 || lines[lines.length - 1] !== '')
    throw new NoteError('a checkpoint has three lines ending in newlines');
  const [origin, sizeText, rootText] = lines as [string, string, string];
  if (origin === '') throw new NoteError('the checkpoint origin is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
    throw new NoteError('the checkpoint tree size is not a decimal number');
  const rootHash = Buffer.from(rootText, 'base64');
  if (rootHash.length !== 32 || rootHash.toString('base64') !== rootText)
    throw new NoteError('the checkpoint root is not a base64 SHA-256 hash');
  return { origin, treeSize: Number(sizeText), rootHash };
}
