import { MAX_IMAGE_BYTES } from '@devgear/application';
import type { FastifyRequest } from 'fastify';
import { imageUploadFieldsSchema } from '@devgear/contracts';
import { ApiError, parseInput } from './errors';

/**
 * Reads a multipart/form-data image upload: exactly one file in the field `file` and its alt
 * text in `alt`. A file over the limit is 413; a body cut short or not well-formed multipart is
 * 400; anything else malformed is 400 naming the field.
 * The image itself (type, size, alt) is judged by the use case.
 */
export async function readImageUpload(req: FastifyRequest): Promise<{ bytes: Uint8Array; alt: string }> {
  if (!req.isMultipart()) throw ApiError.validation({ file: ['send multipart/form-data with a file and its alt text'] }, 'Expected a multipart upload');
  let bytes: Buffer | null = null;
  let alt = '';
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || bytes) {
          await part.toBuffer();
          throw ApiError.validation({ [part.fieldname]: ['send exactly one file, in the field "file"'] }, 'Invalid upload');
        }
        bytes = await part.toBuffer();
      } else if (part.fieldname === 'alt') {
        alt = String(part.value ?? '');
      }
    }
  } catch (error) {
    const e = error as { code?: string; statusCode?: number };
    if (e.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`, { file: ['must be at most 10 MiB'] });
    }
    // Our own refusals and the multipart plugin's limits (too many parts or files: 413) stand.
    if (error instanceof ApiError || e.statusCode === 413) throw error;
    // The body ended early (a cut connection) or is not well-formed multipart: the client's fault.
    throw ApiError.validation({ file: ['the multipart body is truncated or malformed; send the upload again'] }, 'The upload is incomplete or malformed');
  }
  // The text fields go through the same checks as any other input (NUL, unpaired surrogates).
  const fields = parseInput(imageUploadFieldsSchema, { alt }, 'Invalid upload');
  return { bytes: bytes ?? new Uint8Array(), alt: fields.alt };
}
