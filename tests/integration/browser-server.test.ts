// The browser mode's HTTP server, over real sockets: the token gate comes before
// routing, foreign hosts and origins are refused, and the API answers like IPC does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { startBrowserServer } from '../../server/http/browser-server';
import type { BrowserServer } from '../../server/http/browser-server';
import { addTestUsers, tableExport } from '../helpers/api';
import { sendRaw } from '../helpers/raw-http';
import { jsonl, seeker } from '../helpers/journals';
import { testServices } from '../helpers/services';

describe('browser-mode server', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  let server: BrowserServer;
  const TOKEN = 'a'.repeat(48);
  const PASSWORD = 'mot-de-passe-de-test';
  /** The administrator's session, signed in over HTTP in beforeAll. */
  let session = '';

  const invoke = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
    sendRaw(server.port, {
      method: 'POST',
      path: `/api/invoke/${channel}`,
      headers: {
        'x-jalon-token': TOKEN,
        'x-jalon-session': session,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify(args),
    });

  async function signIn(userId: string): Promise<string> {
    const answer = await invoke(
      'auth.signIn',
      { userId, password: PASSWORD },
      {
        'x-jalon-session': '',
      },
    );
    const reply = JSON.parse(answer.body) as { ok: true; value: { sessionToken: string } };
    return reply.value.sessionToken;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jalon-http-'));
    const rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Jalon</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'not for you');
    db = openDatabase(join(dir, 'jalon.db'));
    services = testServices(db);
    addTestUsers(services);
    server = await startBrowserServer({ services, rendererDir, port: 0, token: TOKEN });
    session = await signIn('admin');
  });

  afterAll(async () => {
    await server.close();
    await services.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and prints its address with the token', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('cannot be reached on any other address of the machine', async () => {
    expect(server.server.address()).toEqual({
      address: '127.0.0.1',
      family: 'IPv4',
      port: server.port,
    });
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of ['::1', ...others]) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      expect(reached, address).toBe(false);
    }
  });

  it('creates a random token when none is given', async () => {
    const other = await startBrowserServer({ services, rendererDir: dir, port: 0 });
    try {
      expect(other.token).toMatch(/^[a-f0-9]{48}$/);
      expect(other.token).not.toBe(TOKEN);
    } finally {
      await other.close();
    }
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-jalon-token': 'b'.repeat(48) }],
    ['a token of another length', { 'x-jalon-token': 'a' }],
  ])('answers 401 to an API call with %s, even on an unknown route', async (_what, headers) => {
    for (const path of ['/api/invoke/app.info', '/api/nothing-here', '/api/upload?name=x']) {
      const answer = await sendRaw(server.port, { method: 'POST', path, headers });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: { code: 'unauthorized', message: 'missing or wrong token' },
      });
    }
  });

  it('refuses a foreign Host (DNS rebinding) or Origin (another site), token or not', async () => {
    const rebinding = await sendRaw(server.port, {
      method: 'POST',
      path: '/api/invoke/app.info',
      headers: { host: `evil.example:${server.port}`, 'x-jalon-token': TOKEN },
    });
    expect(rebinding.status).toBe(403);
    const crossSite = await invoke('app.info', {}, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const sameSite = await invoke('app.info', {}, { origin: `http://localhost:${server.port}` });
    expect(sameSite.status).toBe(200);
  });

  it.each([
    ['a Host without the port', (_port: number) => ({ host: '127.0.0.1' })],
    ['a Host of another port', (port: number) => ({ host: `127.0.0.1:${port + 1}` })],
    [
      'a rebinding name that resolves to 127.0.0.1',
      (port: number) => ({ host: `127.0.0.1.nip.io:${port}` }),
    ],
    ['an Origin of another port', (port: number) => ({ origin: `http://127.0.0.1:${port + 1}` })],
    ['an Origin of another scheme', (port: number) => ({ origin: `https://127.0.0.1:${port}` })],
    ['the opaque Origin of a sandboxed frame or a file', (_port: number) => ({ origin: 'null' })],
  ])('refuses %s, with the right token and session', async (_what, headersFor) => {
    const headers: Record<string, string> = headersFor(server.port);
    const answer = await invoke('app.info', {}, headers);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'foreign host or origin' },
    });
    // Nor is the page itself served to a foreign host or origin.
    expect((await sendRaw(server.port, { path: '/', headers })).status).toBe(403);
  });

  it('serves the page and its assets without the token: they hold no data', async () => {
    const index = await sendRaw(server.port, { path: '/', headers: {} });
    expect(index.status).toBe(200);
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const asset = await sendRaw(server.port, { path: '/assets/app.js', headers: {} });
    expect(asset.status).toBe(200);
    // Yet no data without it, whatever the route.
    const api = await sendRaw(server.port, { method: 'POST', path: '/api/invoke/settings.get' });
    expect(api.status).toBe(401);
  });

  it('answers a call with the reply shape of IPC', async () => {
    const answer = await invoke('app.info', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: true,
      value: { mode: 'browser', demo: false, version: '0.0.0-test', user: { userId: 'admin' } },
    });
    const bad = JSON.parse((await invoke('export.table', { kind: 'tout' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const notJson = await sendRaw(server.port, {
      method: 'POST',
      path: '/api/invoke/app.info',
      headers: { 'x-jalon-token': TOKEN },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ error: { code: 'invalid_arguments' } });
  });

  it('takes an export of a few megabytes (any other call is held to 1 MB: api-fuzz.test.ts)', async () => {
    const table = tableExport('import_issues', 'csv', 20_000);
    const body = {
      ...table,
      table: { ...table.table, rows: table.table.rows.map(([n]) => [`${n} ${'x'.repeat(100)}`]) },
    };
    expect(JSON.stringify(body).length).toBeGreaterThan(2 * 1024 * 1024);
    const answer = await invoke('export.table', body);
    const reply = JSON.parse(answer.body) as { ok: boolean; value: { base64: string } };
    expect(reply.ok).toBe(true);
    const csv = Buffer.from(reply.value.base64, 'base64').toString('utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(20_001);
  });

  it('knows each tab by its session header: none, another person’s, or one signed out', async () => {
    const nobody = JSON.parse((await invoke('app.info', {}, { 'x-jalon-session': '' })).body);
    expect(nobody).toMatchObject({ ok: true, value: { user: null, counsellors: [] } });
    const refused = await invoke(
      'caseload.list',
      { counsellorId: null, asOf: '2026-10-20' },
      {
        'x-jalon-session': 'f'.repeat(48),
      },
    );
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const counsellor = await signIn('CNS-01');
    const mine = await invoke('app.info', {}, { 'x-jalon-session': counsellor });
    expect(JSON.parse(mine.body)).toMatchObject({ value: { user: { userId: 'CNS-01' } } });
    await invoke('auth.signOut', {}, { 'x-jalon-session': counsellor });
    const after = await invoke('app.info', {}, { 'x-jalon-session': counsellor });
    expect(JSON.parse(after.body)).toMatchObject({ value: { user: null } });
  });

  it('takes uploads from people who may import only', async () => {
    const upload = (headers: Record<string, string>) =>
      sendRaw(server.port, {
        method: 'PUT',
        path: '/api/upload?name=journaux.jsonl',
        headers: { 'x-jalon-token': TOKEN, ...headers },
        body: jsonl([seeker('UP-0')]),
      });
    expect((await upload({})).status).toBe(401);
    expect((await upload({ 'x-jalon-session': await signIn('CNS-01') })).status).toBe(403);
  });

  it('takes an uploaded file and imports it as a job', async () => {
    const upload = await sendRaw(server.port, {
      method: 'PUT',
      path: '/api/upload?name=' + encodeURIComponent('../../journaux.jsonl'),
      headers: { 'x-jalon-token': TOKEN, 'x-jalon-session': session },
      body: jsonl([seeker('UP-1'), 'not json']),
    });
    const staged = JSON.parse(upload.body) as { ok: true; value: { id: string; name: string } };
    expect(staged).toMatchObject({ ok: true, value: { name: 'journaux.jsonl' } });
    const started = JSON.parse((await invoke('import.start', { files: [staged.value.id] })).body);
    expect(started).toMatchObject({ ok: true, value: { state: 'running' } });
    await services.imports.idle();
    const status = JSON.parse((await invoke('import.status', { jobId: started.value.id })).body);
    expect(status.value).toMatchObject({
      state: 'completed',
      summary: {
        imported: 1,
        rejected: 1,
        issues: { issues: [{ line: 2, file: 'journaux.jsonl' }], kept: 1, nextFrom: null },
      },
    });
  });

  it('serves the renderer with its security headers, never a file outside it', async () => {
    const index = await sendRaw(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Jalon</title>');
    expect(index.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(index.headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline/);
    // The grid's theme styles carry this load's nonce, given in the page.
    const nonce = /'nonce-([^']+)'/.exec(index.headers['content-security-policy'] as string)![1];
    expect(index.body).toContain(`<meta property="csp-nonce" nonce="${nonce}" />`);
    const again = await sendRaw(server.port, { path: '/index.html' });
    expect(again.headers['content-security-policy']).not.toContain(nonce);
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const asset = await sendRaw(server.port, { path: '/assets/app.js' });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const answer = await sendRaw(server.port, { path });
      expect(answer.body).not.toContain('not for you');
    }
  });

  it('counts failed sign-ins per client address: a guesser moving between ids still waits', async () => {
    let clock = new Date('2026-12-07T09:00:00Z');
    const waits: number[] = [];
    const ownDb = openDatabase(join(dir, 'delays.db'));
    const own = testServices(ownDb, {
      now: () => clock,
      sleep: (ms) => {
        waits.push(ms);
        clock = new Date(clock.getTime() + ms);
        return Promise.resolve();
      },
    });
    const ownServer = await startBrowserServer({
      services: own,
      rendererDir: join(dir, 'renderer'),
      port: 0,
      token: TOKEN,
    });
    try {
      for (const userId of ['ID-1', 'ID-2', 'ID-3', 'ID-4', 'ID-5']) {
        const answer = await sendRaw(ownServer.port, {
          method: 'POST',
          path: '/api/invoke/auth.signIn',
          headers: { 'x-jalon-token': TOKEN, 'content-type': 'application/json' },
          body: JSON.stringify({ userId, password: PASSWORD }),
        });
        expect(JSON.parse(answer.body)).toMatchObject({
          ok: false,
          error: { code: 'unauthorized' },
        });
      }
      expect(waits).toEqual([1000, 2000]);
      expect(own.context.signInDelays.delayFor('ID-6', 'address:127.0.0.1')).toBe(4000);
    } finally {
      await ownServer.close();
      await own.dispose();
      ownDb.close();
    }
  });
});
