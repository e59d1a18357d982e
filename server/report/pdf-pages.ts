// How many pages a PDF has, for the audit trail: Chromium writes one `/Type /Page`
// dictionary per page, in plain text (its object streams hold no page objects).

/** Null when the count cannot be read (no page dictionary found in plain text). */
export function countPdfPages(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages === 0 ? null : pages;
}
