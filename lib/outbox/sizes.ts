/** Sizes of files and request bodies, and how to say them to a person. */

const encoder = new TextEncoder();

/** Bytes `text` takes as UTF-8, the encoding of every file and request we write. */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}

/** "4 MB", "1,5 MB", "800 KB": German number format, decimal units as file managers show them. */
export function formatBytes(bytes: number): string {
  const format = (value: number, unit: string) => `${value.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes >= 1_000_000) return format(bytes / 1_000_000, 'MB');
  if (bytes >= 1_000) return format(bytes / 1_000, 'KB');
  return format(bytes, 'Bytes');
}
