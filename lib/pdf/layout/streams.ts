// How one document's objects become bytes. pdfkit converts every write to an object (each drawing
// operator of a page, every font file) into bytes one character at a time, and deflates each
// stream with fflate, synchronously; in a PDF clicked right after the page loads, before V8 has
// optimised either loop, the two took about a fifth of the time. Here an object keeps its writes
// as they come, encodes each run of text once (natively, when it is ASCII, as page content is) and
// has the runtime's own zlib (CompressionStream, in browsers and Node) deflate its stream. That
// finishes later, which pdfkit allows: it writes the cross-reference table only once every object
// it has handed out has ended (`_waiting`), wherever each one landed in the file.

/** The parts of pdfkit's PDFReference this changes (pdfkit/js/pdfkit.browser.js). */
interface Reference {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

interface Document {
  ref(data?: object): unknown;
  page?: { content?: unknown };
  emit(event: "error", error: unknown): void;
}

/** Every object the document makes from now on (and the open page's content) is written this way. */
export function writeStreamsNatively(doc: Document) {
  const ref = doc.ref.bind(doc);
  doc.ref = (data?: object) => adapt(doc, ref(data) as Reference);
  if (doc.page?.content) adapt(doc, doc.page.content as Reference);
}

function adapt(doc: Document, reference: Reference): Reference {
  // What was written before (the first page's flip of the y axis): already bytes.
  const parts: (string | Uint8Array)[] = [...reference.buffer];
  const finalize = reference.finalize.bind(reference);
  reference.write = (chunk) => {
    const part = typeof chunk === "string" ? `${chunk}\n` : chunk;
    parts.push(part);
    reference.uncompressedLength += part.length;
    reference.data.Length = (reference.data.Length ?? 0) + part.length;
    if (reference.compress) reference.data.Filter = "FlateDecode";
  };
  reference.finalize = () => {
    if (parts.length === 0) return finalize();
    const bytes = bytesOf(parts);
    if (!reference.compress) {
      reference.buffer = [bytes];
      return finalize();
    }
    deflate(bytes).then(
      (packed) => {
        reference.buffer = [packed];
        reference.compress = false; // Filter stays FlateDecode: this is its deflated stream.
        finalize();
      },
      (error: unknown) => doc.emit("error", error),
    );
  };
  return reference;
}

const encoder = new TextEncoder();
const NOT_ASCII = /[^\x00-\x7f]/;

/** pdfkit's strings are binary: one byte per character (0–255). */
function binary(text: string): Uint8Array {
  if (!NOT_ASCII.test(text)) return encoder.encode(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** The writes in order, each run of strings encoded at once. */
export function bytesOf(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const pieces: Uint8Array[] = [];
  let text: string[] = [];
  const endText = () => {
    if (text.length) pieces.push(binary(text.join("")));
    text = [];
  };
  for (const part of parts) {
    if (typeof part === "string") text.push(part);
    else {
      endText();
      pieces.push(part);
    }
  }
  endText();
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** A zlib stream (RFC 1950), what a PDF's FlateDecode reads. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream("deflate");
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>);
  void writer.close();
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}
