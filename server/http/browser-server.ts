// The browser mode: the same handler object as the desktop app, over HTTP on the
// loopback interface, for workstations where Electron cannot run (and for end-to-end
// tests). Every /api/ request must carry the token created at start; the check comes
// before any routing, so an unauthenticated caller learns nothing about the API.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { API } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiReply } from '../../shared/api/errors';
import { ApiError } from '../../shared/api/errors';
import type { Services } from '../api/handlers';
import { isPage, rendererAnswer, rendererHeaders } from './renderer-files';

/** What the server needs: read at each request, so a restore's fresh services are used. */
export type BrowserEndpoint = Pick<Services, 'handlers' | 'staged' | 'contextFor'>;

export interface BrowserServerOptions {
  services: BrowserEndpoint;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  /** Fixed in tests; random otherwise. */
  token?: string;
  logError?: (error: unknown) => void;
}

export interface BrowserServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const MAX_ARGUMENT_BYTES = 1024 * 1024;
/** export.table carries the table the page shows (an import's thousands of rejected lines). */
const MAX_EXPORT_TABLE_BYTES = 16 * 1024 * 1024;
/**
 * The signed-in session of the calling tab (auth.signIn returns it): the server token
 * proves the page came from this server, the session says who is using it.
 */
const SESSION_HEADER = 'x-jalon-session';
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function errorReply(
  code: 'unauthorized' | 'invalid_arguments' | 'not_found' | 'internal' | 'quota_exceeded',
  message: string,
): ApiReply<never> {
  return { ok: false, error: { code, message } };
}

/** A path segment with its %-escapes decoded; null when they are malformed (%E0%A4%A). */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new ApiError('invalid_arguments', 'request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const rendererDir = normalize(options.rendererDir);
  const logError = options.logError ?? ((e: unknown) => console.error(e));
  let port = 0;

  // Only pages of this very server may call it: a page from another site (DNS
  // rebinding or a cross-site form) is refused by its Host or Origin header.
  function fromThisServer(req: IncomingMessage): boolean {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const given = req.headers['x-jalon-token'];
    if (!sameToken(typeof given === 'string' ? given : undefined, token)) {
      sendJson(res, 401, errorReply('unauthorized', 'missing or wrong token'));
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/invoke/')) {
      const channel = decodedPath(url.pathname.slice('/api/invoke/'.length));
      if (channel === null) {
        sendJson(res, 400, errorReply('invalid_arguments', 'malformed channel name'));
        return;
      }
      let args: unknown;
      try {
        const limit = channel === 'export.table' ? MAX_EXPORT_TABLE_BYTES : MAX_ARGUMENT_BYTES;
        const text = await readBody(req, limit);
        args = text ? JSON.parse(text) : {};
      } catch (error) {
        const message = error instanceof ApiError ? error.message : 'the body is not JSON';
        sendJson(res, 400, errorReply('invalid_arguments', message));
        return;
      }
      const session = req.headers[SESSION_HEADER];
      const context = options.services.contextFor(
        typeof session === 'string' ? session : null,
        undefined,
        `address:${req.socket.remoteAddress ?? 'unknown'}`,
      );
      const reply = await dispatch(options.services.handlers, channel, args, context, {
        logError: (_channel, error) => logError(error),
      });
      sendJson(res, 200, reply);
      return;
    }
    if (req.method === 'PUT' && url.pathname === '/api/upload') {
      // Staging a file is the first step of an import: the same people may do it.
      const session = req.headers[SESSION_HEADER];
      const user = options.services.contextFor(typeof session === 'string' ? session : null).user;
      const importers = API['import.start'].access;
      if (!user || importers === 'public' || !importers.includes(user.role)) {
        sendJson(res, user ? 403 : 401, errorReply('unauthorized', 'upload: not allowed'));
        return;
      }
      const name = url.searchParams.get('name') ?? '';
      if (!name) {
        sendJson(res, 400, errorReply('invalid_arguments', 'upload: a file name is required'));
        return;
      }
      try {
        const file = await options.services.staged.stageUpload(
          name,
          req,
          MAX_UPLOAD_BYTES,
          user.userId,
        );
        sendJson(res, 200, { ok: true, value: file });
      } catch (error) {
        if (!(error instanceof ApiError)) logError(error);
        // Past the quota the page says so; any other failure is a transfer that broke.
        const reply =
          error instanceof ApiError && error.code === 'quota_exceeded'
            ? errorReply('quota_exceeded', `upload: ${error.message}`)
            : errorReply('invalid_arguments', 'upload: the file could not be received');
        sendJson(res, 400, reply);
      }
      return;
    }
    sendJson(res, 404, errorReply('not_found', 'no such API route'));
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const pathname = decodedPath(url.pathname);
    if (pathname === null) {
      res.writeHead(400).end();
      return;
    }
    let path = normalize(join(rendererDir, pathname));
    if (!path.startsWith(rendererDir + sep) && path !== rendererDir) {
      res.writeHead(404).end();
      return;
    }
    // The renderer routes inside one page: anything that is not a file gets index.html.
    if (!existsSync(path) || !statSync(path).isFile()) path = join(rendererDir, 'index.html');
    // A page of this server is never framed by another site.
    if (isPage(path)) {
      // Small, and different at every load: its style nonce (renderer-files.ts).
      const answer = rendererAnswer(path, readFileSync(path));
      res.writeHead(200, { ...answer.headers, 'X-Frame-Options': 'DENY' });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
      return;
    }
    res.writeHead(200, { ...rendererHeaders(path), 'X-Frame-Options': 'DENY' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A file can vanish between the check and the read (a rebuild empties the folder):
    // end this answer, never the server.
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!fromThisServer(req)) {
      sendJson(res, 403, errorReply('unauthorized', 'foreign host or origin'));
      return;
    }
    // Whatever a handler throws, even synchronously, ends this answer, never the server.
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url)
      : Promise.resolve().then(() => handleStatic(req, res, url));
    work.catch((error: unknown) => {
      logError(error);
      if (!res.headersSent) sendJson(res, 500, errorReply('internal', 'unexpected error'));
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
