import { hash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Smaller bodies are not worth compressing. */
const MIN_COMPRESS_BYTES = 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

type Encoding = 'br' | 'gzip';
const NOT_MODIFIED = Symbol('not modified');

/**
 * A response body (JSON, or a page's HTML) serialised once, ready to send as often as asked: its bytes, a strong
 * ETag (a conditional GET that still matches is answered 304 with no body), and its brotli
 * and gzip forms, each compressed once on first demand.
 */
export class PreparedBody {
  readonly etag: string;
  private readonly encoded: Partial<Record<Encoding, Promise<Buffer>>> = {};
  /** The compressed forms once ready, so later sends need no promise. */
  private readonly ready: Partial<Record<Encoding, Buffer>> = {};
  private readonly compressible: boolean;

  private constructor(
    readonly bytes: Buffer,
    private readonly contentType = JSON_TYPE,
  ) {
    // crypto.hash: the one-shot digest (Node >= 20.12), without a Hash object per body.
    this.etag = `"${hash('sha1', bytes, 'base64url')}"`;
    this.compressible = bytes.length >= MIN_COMPRESS_BYTES;
  }

  static json(value: unknown): PreparedBody {
    return new PreparedBody(Buffer.from(JSON.stringify(value), 'utf8'));
  }

  static html(text: string): PreparedBody {
    return new PreparedBody(Buffer.from(text, 'utf8'), 'text/html; charset=utf-8');
  }

  /**
   * Sends the body with status 200 (or 304 when If-None-Match names it), compressed when the
   * client accepts it: at once (no promise) unless a compressed form is still being made.
   */
  send(request: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply> {
    if (this.compressible) reply.header('vary', 'Accept-Encoding');
    reply.header('etag', this.etag);
    const encoding = this.negotiate(request.headers['if-none-match'], request.headers['accept-encoding']);
    if (encoding === NOT_MODIFIED) return reply.code(304).send();
    reply.type(this.contentType);
    if (!encoding) return reply.send(this.bytes);
    const ready = this.ready[encoding];
    if (ready) return reply.header('content-encoding', encoding).send(ready);
    return this.sendEncoded(reply, encoding);
  }

  /**
   * The answer send() gives, as a status, a flat header list (names in lower case, as Fastify
   * writes them) and a body, for a server that writes it itself (the FrontDoor); null while the
   * compressed form the client wants is still to be made (send() makes it).
   */
  answer(ifNoneMatch: string | undefined, acceptEncoding: string | string[] | undefined): { status: number; headers: string[]; body?: Buffer } | null {
    const headers = this.compressible ? ['vary', 'Accept-Encoding', 'etag', this.etag] : ['etag', this.etag];
    const encoding = this.negotiate(ifNoneMatch, acceptEncoding);
    if (encoding === NOT_MODIFIED) return { status: 304, headers };
    const body = encoding ? this.ready[encoding] : this.bytes;
    if (!body) return null;
    headers.push('content-type', this.contentType);
    if (encoding) headers.push('content-encoding', encoding);
    headers.push('content-length', String(body.length));
    return { status: 200, headers, body };
  }

  private negotiate(ifNoneMatch: string | undefined, acceptEncoding: string | string[] | undefined): Encoding | null | typeof NOT_MODIFIED {
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, this.etag)) return NOT_MODIFIED;
    return this.compressible ? preferredEncoding(acceptEncoding) : null;
  }

  /** answer(), once the compressed form the client wants is made. */
  async answerReady(ifNoneMatch: string | undefined, acceptEncoding: string | string[] | undefined): Promise<{ status: number; headers: string[]; body?: Buffer }> {
    const now = this.answer(ifNoneMatch, acceptEncoding);
    if (now) return now;
    await this.encode(this.negotiate(ifNoneMatch, acceptEncoding) as Encoding);
    return this.answer(ifNoneMatch, acceptEncoding) as { status: number; headers: string[]; body?: Buffer };
  }

  private async sendEncoded(reply: FastifyReply, encoding: Encoding): Promise<FastifyReply> {
    const body = await this.encode(encoding);
    return reply.header('content-encoding', encoding).send(body);
  }

  /** The compressed form, made once (a failure is not kept: the next send tries again). */
  private encode(encoding: Encoding): Promise<Buffer> {
    return (this.encoded[encoding] ??= compress(this.bytes, encoding).then(
      (bytes) => (this.ready[encoding] = bytes),
      (err: unknown) => {
        delete this.encoded[encoding];
        throw err;
      },
    ));
  }
}

function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
    : gzipAsync(bytes, { level: 6 });
}

/** If-None-Match: `*` or a list of (possibly weak) entity tags. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** br, else gzip, as the client's Accept-Encoding allows (q=0 refuses a coding). */
export function preferredEncoding(header: string | string[] | undefined): Encoding | null {
  if (typeof header !== 'string' || header.length === 0) return null;
  // Browsers send a handful of distinct headers: remember their answers (bounded).
  const known = encodingOf.get(header);
  if (known !== undefined) return known;
  const encoding = parseAcceptEncoding(header);
  if (encodingOf.size >= 256) encodingOf.clear();
  encodingOf.set(header, encoding);
  return encoding;
}

const encodingOf = new Map<string, Encoding | null>();

function parseAcceptEncoding(header: string): Encoding | null {
  let br = false;
  let gz = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) <= 0) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === '*') gz = true;
  }
  return br ? 'br' : gz ? 'gzip' : null;
}
