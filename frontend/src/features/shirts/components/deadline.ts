/** The value of a datetime-local input ("2026-08-20T23:59", the device's time) for an ISO instant. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant of a datetime-local input's value, read in the device's time zone. */
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}
