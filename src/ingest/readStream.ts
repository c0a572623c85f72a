/** Reads a stream (stdin, an upload) in chunks, never holding much more than the size limit. */

export type StreamRead = { readonly bytes: Uint8Array } | { readonly tooLarge: number };

/**
 * The stream's bytes, or, once more than `limit` bytes have arrived, how many had arrived
 * when reading stopped: 1 GiB piped in costs the limit and a chunk of memory, not 1 GiB.
 */
export async function readStream(stream: AsyncIterable<Uint8Array>, limit: number): Promise<StreamRead> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early closes the stream (the iterator's return()).
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) return { tooLarge: size };
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks, size) };
}
