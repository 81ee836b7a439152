import { createHash, createPublicKey, verify } from 'node:crypto';

/**
 * An independent checker for tests: verifies a C2SP signed note against a verifier key with
 * raw node:crypto only (no code of the ledger), and returns the checkpoint it carries.
 */
export function independentVerify(
  note: string,
  vkey: string,
): { origin: string; size: number; root: Buffer } {
  const text = vkey.trim();
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  const [name, idHex, keyB64] = [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
  const keyBytes = Buffer.from(keyB64, 'base64');
  if (keyBytes[0] !== 0x01 || keyBytes.length !== 33) throw new Error('not an Ed25519 verifier key');
  const pub = keyBytes.subarray(1);
  const id = createHash('sha256')
    .update(`${name}\n`)
    .update(Buffer.from([0x01]))
    .update(pub)
    .digest();
  if (id.subarray(0, 4).toString('hex') !== idHex) throw new Error('key id mismatch');
  const split = note.indexOf('\n\n');
  const body = note.slice(0, split + 1);
  const line = note
    .slice(split + 2)
    .split('\n')
    .find((l) => l.startsWith(`\u2014 ${name} `));
  if (!line) throw new Error('no signature of the key');
  const sig = Buffer.from(line.split(' ')[2]!, 'base64');
  if (sig.subarray(0, 4).toString('hex') !== idHex) throw new Error('signature key id mismatch');
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pub]);
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  if (!verify(null, Buffer.from(body), key, sig.subarray(4))) throw new Error('bad signature');
  const [origin, size, root] = body.split('\n');
  return { origin: origin!, size: Number(size), root: Buffer.from(root!, 'base64') };
}
