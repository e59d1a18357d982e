// One Content-Security-Policy for the renderer, served by the browser mode and set by
// the desktop app: scripts only from the app itself, no eval, no remote anything, and no
// 'unsafe-inline' anywhere.
//
// Styles: the stylesheet comes from the app's own files ('self'). The caseload grid
// (ag-grid's theming API) writes its theme as <style> elements at run time; those carry
// a nonce drawn afresh for every load of index.html (renderer-files.ts puts it in the
// page, renderer/style-nonce.ts hands it to the grid's `styleNonce` option), so they
// need no 'unsafe-inline'. Style *properties* set from script (React's `style` prop,
// recharts' geometry, the grid's column widths) go through the CSSOM, which
// style-src does not govern; no part of the app writes a `style="…"` attribute into
// markup. tests/e2e/content-security-policy.spec.ts walks the screens and fails on any
// violation.

/** The policy; `styleNonce` for index.html, whose grid styles carry it. */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of every other answer (scripts, stylesheets, anything not index.html). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
