import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatCheckpoint,
  formatNote,
  formatVerifierKey,
  noteVerifier,
  parseCheckpoint,
  parseVerifierKey,
  rawPublicKey,
  signatureLine,
  verifyNote,
  type NoteSigner,
} from './note.js';
import { independentVerify } from './independent-verifier.testkit.js';

function signer(name: string): NoteSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { ...noteVerifier(name, rawPublicKey(publicKey)), privateKey };
}

describe('C2SP signed notes and checkpoints', () => {
  const log = signer('guarantor.example/ledger');
  const root = createHash('sha256').update('root').digest();
  const body = formatCheckpoint({ origin: log.name, treeSize: 42, rootHash: root });

  it('formats a checkpoint as three lines ending in a newline', () => {
    expect(body).toBe(`guarantor.example/ledger\n42\n${root.toString('base64')}\n`);
    expect(parseCheckpoint(body)).toEqual({ origin: log.name, treeSize: 42, rootHash: root });
  });

  it('signs notes that an independent verifier on raw node:crypto accepts', () => {
    const note = formatNote(body, [signatureLine(body, log)]);
    expect(independentVerify(note, formatVerifierKey(log))).toEqual({
      origin: log.name,
      size: 42,
      root,
    });
    expect(verifyNote(note, [parseVerifierKey(formatVerifierKey(log))]).signedBy[0]!.name).toBe(log.name);
  });

  it('keeps co-signatures verifiable side by side, and refuses a tampered body or signature', () => {
    const witness = signer('fra.witness');
    const note = formatNote(body, [signatureLine(body, log), signatureLine(body, witness)]);
    expect(verifyNote(note, [log, witness]).signedBy.map((v) => v.name)).toEqual([log.name, 'fra.witness']);
    expect(() => verifyNote(note.replace('\n42\n', '\n43\n'), [log])).toThrow(/invalid/);
    const lines = note.split('\n');
    const sigAt = lines.findIndex((l) => l.startsWith('\u2014 guarantor'));
    const sig = Buffer.from(lines[sigAt]!.split(' ')[2]!, 'base64');
    sig[10]! ^= 1;
    lines[sigAt] = `\u2014 ${log.name} ${sig.toString('base64')}`;
    expect(() => verifyNote(lines.join('\n'), [log])).toThrow(/invalid/);
    expect(() => verifyNote(note, [signer('someone.else')])).toThrow(/no signature of a known key/);
  });

  it('refuses malformed verifier keys and checkpoints', () => {
    const vkey = formatVerifierKey(log);
    expect(() => parseVerifierKey(vkey.replace(/\+[0-9a-f]{8}\+/, '+00000000+'))).toThrow(/key id/);
    expect(() => parseVerifierKey('name+1234')).toThrow();
    expect(() => parseVerifierKey(`${vkey.split('+')[0]}+${vkey.split('+')[1]}+AgAA`)).toThrow(/Ed25519/);
    expect(() => parseCheckpoint('origin\n-1\nAAAA\n')).toThrow(/tree size/);
    expect(() => parseCheckpoint('origin\n1\nAAAA\n')).toThrow(/root/);
    expect(() => parseCheckpoint('origin\n1\n')).toThrow();
  });
});
