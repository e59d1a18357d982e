// The renderer's Content-Security-Policy, read by the evaluator electronegativity uses
// (Google's CSP Evaluator, as packaged by Doyensec): the scan itself cannot evaluate a
// policy held in a constant (electron/main/security.ts says why), so it runs here, on
// the real policy, and fails on any finding but the one reviewed. And zod, the only
// library of the page that would compile code, stays in its no-eval mode.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { config, z } from 'zod';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
} from '../../server/http/content-security-policy';
import { newStyleNonce } from '../../server/http/renderer-files';

interface Finding {
  severity: number;
  directive: string;
  value?: string;
  description: string;
}
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): Finding[] };
  Version: { CSP3: unknown };
  severities: Record<string, number>;
}

// A dependency of electronegativity, resolved from it as the scan resolves it.
const fromScanner = createRequire(
  createRequire(import.meta.url).resolve('@doyensec/electronegativity'),
);
const csp = fromScanner('@doyensec/csp-evaluator') as CspEvaluatorModule;

function findings(policy: string): Finding[] {
  const parsed = new csp.CspParser(policy);
  return new csp.CspEvaluator(parsed.csp, csp.Version.CSP3).evaluate();
}

/** What electronegativity's CSP_GLOBAL_CHECK reports: HIGH, MEDIUM and their "maybe". */
function reported(policy: string): Finding[] {
  const { HIGH, MEDIUM, HIGH_MAYBE, MEDIUM_MAYBE } = csp.severities;
  return findings(policy).filter((f) =>
    [HIGH, MEDIUM, HIGH_MAYBE, MEDIUM_MAYBE].includes(f.severity),
  );
}

/**
 * Reviewed: 'self' in script-src is a risk for an origin that also serves JSONP
 * endpoints, Angular templates or files people uploaded. Jalon's origin (app://jalon
 * or the loopback server) serves the built renderer's files and JSON API answers with
 * nosniff, which a browser never runs as a script; uploads are staged on disk, never
 * served.
 */
const REVIEWED = { directive: 'script-src', value: "'self'" };

describe('the Content-Security-Policy', () => {
  it.each([
    ['of the page, with its style nonce', contentSecurityPolicy(newStyleNonce())],
    ['of every other answer', CONTENT_SECURITY_POLICY],
  ])('%s has no finding but the reviewed one', (_what, policy) => {
    expect(reported(policy).map((f) => ({ directive: f.directive, value: f.value }))).toEqual([
      REVIEWED,
    ]);
  });

  it('the evaluator does catch a weak policy (so the check above can fail)', () => {
    const weak = CONTENT_SECURITY_POLICY.replace(
      "script-src 'self'",
      "script-src 'self' 'unsafe-eval' 'unsafe-inline'",
    );
    expect(reported(weak).length).toBeGreaterThan(1);
  });

  it('allows no eval, no inline script or style, nothing remote', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, contentSecurityPolicy('bm9uY2U=')]) {
      expect(policy).not.toMatch(/unsafe-|\*|https?:|blob:/);
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )base-uri 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    }
    expect(contentSecurityPolicy('bm9uY2U=')).toMatch(
      /(^|; )style-src 'self' 'nonce-bm9uY2U='(;|$)/,
    );
  });
});

describe('zod in the page', () => {
  it('compiles no validator once renderer/no-eval.ts has run', async () => {
    const compiled: unknown[] = [];
    const RealFunction = globalThis.Function;
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args, newTarget) {
        compiled.push(args);
        return Reflect.construct(target, args, newTarget) as object;
      },
      apply(target, thisArg, args) {
        compiled.push(args);
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    const shape = () => z.object({ seekerId: z.string(), asOf: z.string(), rows: z.number() });
    try {
      await import('../../renderer/no-eval');
      expect(config().jitless).toBe(true);
      const strict = shape();
      for (let i = 0; i < 3; i++) strict.parse({ seekerId: 'DE-1', asOf: '2026-10-20', rows: i });
      expect(compiled).toEqual([]);

      // The spy does see zod's compiler when the mode is off: the check above can fail.
      config({ jitless: false });
      const compiling = shape();
      for (let i = 0; i < 3; i++)
        compiling.parse({ seekerId: 'DE-1', asOf: '2026-10-20', rows: i });
      expect(compiled).not.toEqual([]);
    } finally {
      config({ jitless: true });
      globalThis.Function = RealFunction;
    }
  });
});
