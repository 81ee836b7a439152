/** Reads all of standard input as UTF-8 (empty when it is a terminal with nothing typed). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write('password: ');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
