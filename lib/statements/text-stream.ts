/**
 * Text chunks as a byte stream for a download: the next chunk is asked for only when the reader is
 * ready for more, so a statement read a batch at a time stays one batch deep in memory; a reader that
 * goes away ends the generator (and its database reads).
 */
export function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
