/** The local calendar date as YYYY-MM-DD, for the risk engine, which never reads the clock itself. */
export function localDate(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
