// The style nonce of this load of the page, put in index.html by the server
// (server/http/renderer-files.ts) and allowed by its Content-Security-Policy:
// the caseload grid stamps its theme's <style> elements with it (ag-grid's `styleNonce`),
// so the policy needs no style-src 'unsafe-inline'. Read from the element's `nonce`
// property: Chromium hides the attribute itself once the page is parsed. Undefined when
// the page was served without one (the Vite dev server), where no policy applies.
export const STYLE_NONCE: string | undefined =
  document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
