/** The image formats the shop accepts, recognised by their first bytes (never by name or header). */
export type ImageType = { mime: 'image/jpeg'; ext: 'jpg' } | { mime: 'image/png'; ext: 'png' } | { mime: 'image/webp'; ext: 'webp' };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes.length >= 8 && startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', ext: 'png' };
  if (bytes.length >= 12 && startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { mime: 'image/webp', ext: 'webp' };
  return null;
}

/** Largest image upload (product images, blog covers): 10 MiB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * Checks an uploaded image and its alt text: a JPEG, PNG or WebP (judged by the bytes) of at
 * most 10 MiB, with alt text of 1..`altMax` characters. Answers the type and trimmed alt text,
 * or the problems by wire field (`file`, `alt`).
 */
export function checkImageUpload(bytes: Uint8Array, rawAlt: unknown, altMax: number): { type: ImageType; alt: string } | { problems: Record<string, string[]> } {
  const alt = typeof rawAlt === 'string' ? rawAlt.trim() : '';
  const problems: Record<string, string[]> = {};
  if (!alt) problems.alt = ['is required: describe the image for people who cannot see it'];
  else if (alt.length > altMax) problems.alt = [`must be at most ${altMax} characters`];
  const type = sniffImageType(bytes);
  if (bytes.length === 0) problems.file = ['is required'];
  else if (!type) problems.file = ['must be a JPEG, PNG or WebP image (judged by its content, not its name)'];
  if (bytes.length > MAX_IMAGE_BYTES) problems.file = ['must be at most 10 MiB'];
  return Object.keys(problems).length || !type ? { problems } : { type, alt };
}
