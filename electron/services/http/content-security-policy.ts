// One Content-Security-Policy for the renderer, served by the browser mode and set by
// the desktop app: scripts only from the app itself, no eval, no remote anything.
// Styles allow 'unsafe-inline' because ag-grid and recharts set inline style
// attributes (column widths, chart geometry); no script can be injected through them.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
