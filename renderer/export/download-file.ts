// A file the server wrote arrives in the browser mode as base64 in the API's JSON answer:
// the page turns it back into bytes and downloads it under the name the server chose.
export function downloadFile(fileName: string, base64: string, mimeType: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the object URL by then; it only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
