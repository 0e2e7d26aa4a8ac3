import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DIST } from './dist.ts';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves dist/ with Cloudflare Pages' own local runtime (`wrangler pages dev`), which applies
 * `_headers`, `_redirects` and the 404 page as the host does. Offline: no account, no metrics.
 * workerd supports compatibility dates only up to its release, so the date is a fixed past one.
 */
export async function serveLikeCloudflarePages(): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const wrangler: ChildProcess = spawn(
    join('node_modules', '.bin', 'wrangler'),
    ['pages', 'dev', DIST, '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date', '2026-05-01'],
    { env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`wrangler did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Ready on')) {
        clearTimeout(timeout);
        resolve();
      }
    };
    wrangler.stdout!.on('data', onData);
    wrangler.stderr!.on('data', onData);
    wrangler.once('exit', (code) => reject(new Error(`wrangler exited with ${code}:\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => wrangler.kill() };
}
