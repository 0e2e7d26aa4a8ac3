import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
/** Text is sent gzipped, as any static host does (Pagefind's index files come compressed already). */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/** How long a page asked for with `?pauseAt=` waits before its second part. */
export const PAUSE_MS = 300;

/**
 * Serves a built site (`dist/`) on a free loopback port the way a static host would: `/path/` is
 * `/path/index.html`, text is gzipped when the browser accepts it. For benchmarks and tests of a
 * site copy's build. `?pauseAt=N` sends the first N bytes, then the rest PAUSE_MS later: a page
 * still arriving over a slow network.
 */
export async function serveDist(dist: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url!, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const pauseAt = Number(url.searchParams.get('pauseAt'));
      if (pauseAt > 0) {
        response.writeHead(200, { 'Content-Type': type });
        response.write(body.subarray(0, pauseAt));
        setTimeout(() => response.end(body.subarray(pauseAt)), PAUSE_MS);
        return;
      }
      const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, { 'Content-Type': type, ...(gzip && { 'Content-Encoding': 'gzip' }) });
      response.end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
