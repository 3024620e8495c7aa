/**
 * Saves downloaded data as a file. Files that need the bearer token (e.g. a payroll deduction file) cannot
 * be plain links, so they are fetched and handed to the browser from memory.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // give the browser a moment to start the download before the data goes
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
