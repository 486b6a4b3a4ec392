/** Sizes of files and request bodies. */

const encoder = new TextEncoder();

/** Bytes `text` takes as UTF-8, the encoding of every file and request we write. */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}
