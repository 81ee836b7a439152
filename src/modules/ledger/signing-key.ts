import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { noteVerifier, rawPublicKey, type NoteSigner } from './note.js';

/**
 * Loads the Ed25519 key in `file` (PKCS#8 PEM), creating it with mode 0600 when missing.
 * Two processes starting together agree on one key: creation is exclusive (`wx`), and the
 * loser reads the winner's file.
 */
export function loadOrCreateSigner(file: string, name: string): NoteSigner {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
    }
    pem = readFileSync(file, 'utf8');
  }
  return signerFromPem(pem, name, file);
}

/** A note signer from a PKCS#8 PEM Ed25519 private key. */
export function signerFromPem(pem: string, name: string, where = 'the key'): NoteSigner {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${where} is not an Ed25519 private key`);
  const verifier = noteVerifier(name, rawPublicKey(createPublicKey(privateKey)));
  return { ...verifier, privateKey };
}
