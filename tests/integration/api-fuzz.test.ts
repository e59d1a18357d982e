// Random and malformed arguments at every API channel, through the real dispatcher and
// handlers on a real SQLite demo database, as a signed-in person of a role the channel
// admits; then malformed requests at the browser mode's HTTP layer. Whatever comes in,
// the caller gets a reply (a validation error, or a legitimate ok / not_found /
// forbidden…), never an `internal` error, never a stack trace or a file path, and
// nothing is polluted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { API, CHANNELS } from '../../shared/api/contract';
import type { Channel } from '../../shared/api/contract';
import type { ApiReply } from '../../shared/api/errors';
import type { Role } from '../../shared/auth/roles';
import type { Services } from '../../server/api/handlers';
import { startBrowserServer } from '../../server/http/browser-server';
import type { BrowserServer } from '../../server/http/browser-server';
import { apiFor } from '../helpers/api';
import { sendRaw } from '../helpers/raw-http';
import type { RawAnswer } from '../helpers/raw-http';
import { demoDatabase, testServices, TEST_NOW } from '../helpers/services';

/** A demo user of each role (importDemoCaseload adds them). */
const USER_OF_ROLE: Record<Role, string> = {
  counsellor: 'CNS-01',
  team_lead: 'RE-1',
  controller: 'CTRL-1',
  admin: 'admin',
  dpo: 'DPO-1',
};

/** What a reply may say to nonsense: everything but `internal` (a crash, caught). */
const EXPECTED_REFUSALS = new Set([
  'invalid_arguments',
  'not_found',
  'unsupported',
  'import_input',
  'busy',
  'unauthorized',
  'forbidden',
  'locked',
  'conflict',
]);

/** A stack frame, a source file path or a dependency's folder in a message. */
const LEAK = /\n\s*at |\bat [\w.<>]+ \(|(?:\/[\w.-]+)+\.(?:ts|js|mjs|cjs)\b|node_modules|[A-Z]:\\/;

function expectSafeReply(reply: ApiReply<unknown>, what: string): void {
  expect(typeof reply.ok, what).toBe('boolean');
  if (reply.ok) return;
  expect(EXPECTED_REFUSALS, `${what}: ${reply.error.code} ${reply.error.message}`).toContain(
    reply.error.code,
  );
  expect(reply.error.message, what).not.toMatch(LEAK);
  // No echo of a giant argument back to the caller.
  expect(reply.error.message.length, what).toBeLessThanOrEqual(2000);
}

const HUGE = 'x'.repeat(2_000_000);
const HUGE_ACCENTED = 'é'.repeat(300_000);
const LONG_ARRAY = Array.from({ length: 100_000 }, (_, i) => i);

/** Values that break naive code: wrong types, extremes, prototype keys. */
function oddValue(plausible: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(
      NaN,
      Infinity,
      -Infinity,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      0,
      1,
      1.5,
      '',
      ' ',
      '\u0000',
      '../../etc/passwd',
      "'; DROP TABLE seekers; --",
      '%s%n%x',
      '2026-02-30',
      '9999-99-99',
      HUGE,
      HUGE_ACCENTED,
      LONG_ARRAY,
      [],
      {},
      null,
      undefined,
      true,
      false,
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { constructor: { prototype: { polluted: true } } },
    ),
    fc.constantFrom(...plausible),
    fc.string({ maxLength: 80 }),
    fc.integer(),
    fc.double(),
    fc.anything({ maxDepth: 3 }),
  );
}

/** The keys the channel's schema knows, to reach past "unrecognized key" now and then. */
function keysOf(channel: Channel): string[] {
  const schema = API[channel].args as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function argumentsFor(channel: Channel, plausible: string[]): fc.Arbitrary<unknown> {
  const keys = [...keysOf(channel), '__proto__', 'constructor', 'prototype', 'toString'];
  const value = oddValue(plausible);
  const deep = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      value,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...keys), tie('node'), { maxKeys: 4 }),
    ),
  })).node;
  return fc.oneof(
    fc.anything({ maxDepth: 4, withNullPrototype: true, withBoxedValues: true }),
    fc.dictionary(fc.constantFrom(...keys), value, { minKeys: 1, maxKeys: 6 }),
    fc.dictionary(fc.constantFrom(...keys), deep, { maxKeys: 6 }),
    value,
  );
}

describe('every channel, thrown random and malformed arguments', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  const unexpected: unknown[] = [];
  const plausible: string[] = ['2026-10-20', 'CNS-01', 'DE-0001', 'caseload', 'a'.repeat(32)];

  beforeAll(async () => {
    ({ dir, db } = await demoDatabase('jalon-fuzz-', { seekers: 12, months: 8, seed: 5 }));
    services = testServices(db, {
      now: TEST_NOW,
      logError: (e) => unexpected.push(e),
      // Random sign-ins fail, and the waits after failures would add up on this fixed
      // clock: they are tests/integration/sign-in.test.ts's subject, not this file's.
      sleep: () => Promise.resolve(),
    });
    const ids = db.prepare('SELECT seeker_id FROM seekers LIMIT 3').pluck().all() as string[];
    plausible.push(...ids);
  }, 60_000);

  afterAll(async () => {
    await services?.dispose();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(CHANNELS.map((channel) => [channel]))(
    '%s answers with a reply, never a crash or a stack trace',
    async (channel) => {
      const { access } = API[channel];
      const role: Role = access === 'public' ? 'counsellor' : access[0]!;
      const { send } = apiFor(() => services, USER_OF_ROLE[role]);
      await fc.assert(
        fc.asyncProperty(argumentsFor(channel, plausible), async (args) => {
          const reply = await send(channel, args);
          expectSafeReply(reply, channel);
          // Anything but an object (or nothing) cannot be a channel's arguments.
          const isArgumentObject =
            args === null ||
            args === undefined ||
            (typeof args === 'object' && !Array.isArray(args));
          if (!isArgumentObject) {
            expect(reply, `${channel} took ${String(args).slice(0, 40)}`).toMatchObject({
              ok: false,
              error: { code: 'invalid_arguments' },
            });
          }
        }),
        { numRuns: 40, seed: 20261020, endOnFailure: true },
      );
      expect(unexpected).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );
});

// --- The HTTP layer ------------------------------------------------------------------

/** Every request of this file is a POST unless it says otherwise. */
const send = (port: number, options: Parameters<typeof sendRaw>[1]) =>
  sendRaw(port, { method: 'POST', ...options });

describe('the browser mode’s HTTP layer, sent malformed requests', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  let server: BrowserServer;
  const logged: unknown[] = [];
  const TOKEN = 'c'.repeat(48);
  let session = '';

  beforeAll(async () => {
    ({ dir, db } = await demoDatabase('jalon-fuzz-http-', { seekers: 6, months: 6, seed: 3 }));
    services = testServices(db, { logError: (e) => logged.push(e) });
    server = await startBrowserServer({
      services,
      rendererDir: dir,
      token: TOKEN,
      logError: (e) => logged.push(e),
    });
    const signIn = await send(server.port, {
      path: '/api/invoke/auth.signIn',
      headers: { 'x-jalon-token': TOKEN },
      body: JSON.stringify({ userId: 'RE-1', password: 'demo-jalon' }),
    });
    session = (JSON.parse(signIn.body) as { value: { sessionToken: string } }).value.sessionToken;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await services?.dispose();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const headers = () => ({
    'x-jalon-token': TOKEN,
    'x-jalon-session': session,
    'content-type': 'application/json',
  });

  function expectJsonRefusal(answer: RawAnswer, statuses: number[], what: string): void {
    expect(statuses, `${what}: ${answer.status} ${answer.body.slice(0, 200)}`).toContain(
      answer.status,
    );
    expect(answer.contentType, what).toMatch(/^application\/json/);
    const reply = JSON.parse(answer.body) as ApiReply<unknown>;
    expect(reply.ok, what).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code, what).not.toBe('internal');
      expect(reply.error.message, what).not.toMatch(LEAK);
    }
  }

  it('answers a body that is not JSON with 400 and a JSON reply', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 200 }).filter((s) => {
            try {
              JSON.parse(s);
              return false;
            } catch {
              return true;
            }
          }),
          fc.constantFrom('{', '{"a":', '[1,2', '\u0000', '{"__proto__":', 'undefined', "{'a':1}"),
        ),
        async (body) => {
          const answer = await send(server.port, {
            path: '/api/invoke/caseload.list',
            headers: headers(),
            body,
          });
          expectJsonRefusal(answer, [400], `body ${JSON.stringify(body).slice(0, 60)}`);
        },
      ),
      { numRuns: 30, seed: 7 },
    );
  });

  it('answers JSON of any shape with a reply of the channel, never internal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        fc.oneof(
          fc.json({ maxDepth: 3 }),
          fc.constantFrom(
            '{"__proto__":{"polluted":true}}',
            '{"constructor":{"prototype":{"polluted":true}}}',
            '{"asOf":"2026-10-20","counsellorId":{"__proto__":null}}',
            '[]',
            'null',
            '"text"',
            '1e400',
          ),
        ),
        async (channel, body) => {
          const answer = await send(server.port, {
            path: `/api/invoke/${channel}`,
            headers: headers(),
            body,
          });
          expect(answer.status, `${channel} ${body.slice(0, 80)}`).toBe(200);
          expectSafeReply(JSON.parse(answer.body) as ApiReply<unknown>, channel);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('answers an unknown channel or a malformed path with a 4xx JSON reply', async () => {
    const paths = fc.oneof(
      fc.string({ maxLength: 40 }).map((s) => `/api/invoke/${encodeURIComponent(s)}`),
      fc.constantFrom(
        '/api/invoke/__proto__',
        '/api/invoke/constructor',
        '/api/invoke/toString',
        '/api/invoke/hasOwnProperty',
        '/api/invoke/app.info/extra',
        '/api/invoke/%E0%A4%A',
        '/api/invoke/%',
        '/api/invoke/%00',
        '/api/invoke/..%2F..%2Fetc%2Fpasswd',
        '/api/%ZZ',
        '/api/invoke/',
        '/api/',
      ),
    );
    await fc.assert(
      fc.asyncProperty(paths, async (path) => {
        const answer = await send(server.port, { path, headers: headers(), body: '{}' });
        const reply = JSON.parse(answer.body) as ApiReply<unknown>;
        if (answer.status === 200) {
          // A channel name after all: the dispatcher answered, as it does to any caller.
          expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
        } else {
          expectJsonRefusal(answer, [400, 404], path);
        }
      }),
      { numRuns: 60, seed: 13 },
    );
  });

  it('answers a malformed path to the static files with a 4xx, never a crash', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%ZZ.js']) {
      const answer = await send(server.port, { method: 'GET', path });
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
    }
  });

  it('refuses a giant body with 4xx and a JSON reply, before reading it all', async () => {
    const answer = await send(server.port, {
      path: '/api/invoke/notes.add',
      headers: headers(),
      body: JSON.stringify({ seekerId: 'DE-0001', text: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expectJsonRefusal(answer, [400, 413], 'giant body');
  });

  it('logged no unexpected error on the way', () => {
    expect(logged).toEqual([]);
  });
});
