import { readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import {
  formatVerifierKey,
  parseCheckpoint,
  parseVerifierKey,
  signatureLine,
  verifyNote,
  type NoteSigner,
} from './note.js';
import { verifyConsistency } from './proofs.js';
import { signerFromPem } from './signing-key.js';

/** What a witness remembers between runs: the log key it trusts and the last checkpoint it saw. */
export interface WitnessState {
  logKey: string;
  treeSize: number;
  /** Base64 root hash. */
  rootHash: string;
}

/** A witness key file: JSON `{ name, privateKey }` with a PKCS#8 PEM Ed25519 key. */
export function readWitnessKey(file: string): NoteSigner {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; privateKey?: unknown };
  if (typeof doc.name !== 'string' || typeof doc.privateKey !== 'string')
    throw new Error(`${file} is not a witness key file ({ "name", "privateKey" })`);
  return signerFromPem(doc.privateKey, doc.name, file);
}

/** Creates a witness key file (mode 0600) and answers its verifier key, for registration. */
export function createWitnessKey(file: string, name: string): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const signer = signerFromPem(pem, name);
  writeFileSync(file, `${JSON.stringify({ name, privateKey: pem }, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  return formatVerifierKey(signer);
}

/** Options of one witness run. */
export interface WitnessRun {
  url: string;
  signer: NoteSigner;
  state: WitnessState | null;
  /** Log verifier key to pin; otherwise the state's, otherwise the one the log publishes (first use). */
  logKey?: string;
  token: string;
  fetch?: typeof fetch;
}

async function get(f: typeof fetch, url: string, token: string): Promise<Response> {
  const res = await f(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * One witness round: fetches the newest checkpoint, checks the log's signature, checks a
 * consistency proof from the last checkpoint this witness saw (refusing any rollback or
 * fork), co-signs the checkpoint body and posts the co-signature. Answers the new state.
 */
export async function witnessOnce(
  run: WitnessRun,
): Promise<{ state: WitnessState; added: boolean; treeSize: number }> {
  const f = run.fetch ?? fetch;
  const base = run.url.replace(/\/+$/, '');
  const published = (await (await get(f, `${base}/api/v1/ledger/key`, run.token)).text()).trim();
  const pinned = run.logKey ?? run.state?.logKey ?? published;
  if (pinned !== published)
    throw new Error(`the log now publishes key ${published}, but this witness trusts ${pinned}`);
  const logKey = parseVerifierKey(pinned);
  const note = await (await get(f, `${base}/api/v1/ledger/checkpoint`, run.token)).text();
  const { body } = verifyNote(note, [logKey]);
  const checkpoint = parseCheckpoint(body);
  const last = run.state;
  if (last && last.treeSize > 0) {
    const lastRoot = Buffer.from(last.rootHash, 'base64');
    if (checkpoint.treeSize < last.treeSize)
      throw new Error(`the log rolled back from ${last.treeSize} to ${checkpoint.treeSize} leaves`);
    if (checkpoint.treeSize === last.treeSize) {
      if (!checkpoint.rootHash.equals(lastRoot))
        throw new Error(`two different roots for tree size ${last.treeSize}: the log forked`);
    } else {
      const res = await get(
        f,
        `${base}/api/v1/ledger/proofs/consistency?from=${last.treeSize}&to=${checkpoint.treeSize}`,
        run.token,
      );
      const { proof } = (await res.json()) as { proof: string[] };
      verifyConsistency(
        last.treeSize,
        checkpoint.treeSize,
        proof.map((h) => Buffer.from(h, 'base64')),
        lastRoot,
        checkpoint.rootHash,
      );
    }
  }
  const line = signatureLine(body, run.signer);
  const posted = await f(`${base}/api/v1/ledger/cosignatures`, {
    method: 'POST',
    headers: { authorization: `Bearer ${run.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ treeSize: checkpoint.treeSize, signature: line }),
  });
  if (!posted.ok) throw new Error(`POST co-signature: ${posted.status} ${await posted.text()}`);
  const { added } = (await posted.json()) as { added: boolean };
  return {
    state: {
      logKey: formatVerifierKey(logKey),
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash.toString('base64'),
    },
    added,
    treeSize: checkpoint.treeSize,
  };
}
