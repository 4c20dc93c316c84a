import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A file of the web build, held in memory with its precompressed variants (built by `pnpm build`). */
export interface StaticFile {
  type: string;
  cacheControl: string;
  /** identity, plus `br` and `gzip` where the build wrote `.br` / `.gz` next to the file. */
  variants: Partial<Record<Encoding, { body: Buffer; etag: string }>> & { identity: { body: Buffer; etag: string } };
}

export type Encoding = 'br' | 'gzip' | 'identity';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Vite puts content-hashed files under assets/: their URL changes with their content. */
const HASHED = /^\/assets\//;
const NEVER_SERVED = /\.(map|br|gz)$/;

const etagOf = (body: Buffer, encoding: Encoding) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}${encoding === 'identity' ? '' : `-${encoding}`}"`;

/**
 * Loads the web build into memory (a few MB): URL path -> file. Source maps are never served
 * (the build does not write them; one left by an older build stays private), nor are the
 * `.br`/`.gz` files under their own names.
 */
export function loadStaticFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(distDir)) return files;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // .vite/manifest.json (the build's chunk map, read by the budget check) stays private.
        if (!entry.name.startsWith('.')) walk(full);
        continue;
      }
      const urlPath = `/${path.relative(distDir, full).split(path.sep).join('/')}`;
      if (NEVER_SERVED.test(urlPath) || entry.name.startsWith('.')) continue;
      const body = readFileSync(full);
      const file: StaticFile = {
        type: TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream',
        // Hashed assets never change under their URL; everything else is revalidated (ETag).
        cacheControl: HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        variants: { identity: { body, etag: etagOf(body, 'identity') } },
      };
      for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
        if (existsSync(full + ext)) {
          const compressed = readFileSync(full + ext);
          file.variants[encoding] = { body: compressed, etag: etagOf(body, encoding) };
        }
      }
      files.set(urlPath, file);
    }
  };
  walk(distDir);
  return files;
}

/**
 * The best encoding the client accepts among those the file has: brotli, then gzip, else the
 * file as it is. Honours `q=0` (refused) and `*`.
 */
export function negotiateEncoding(acceptEncoding: string | undefined, available: Encoding[]): Encoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepted = (encoding: string) => {
    const w = weights.get(encoding) ?? (encoding === 'identity' ? undefined : weights.get('*'));
    return w !== undefined && w > 0;
  };
  for (const encoding of ['br', 'gzip'] as const) {
    if (available.includes(encoding) && accepted(encoding)) return encoding;
  }
  return 'identity';
}
