import { MAX_IMAGE_BYTES } from '@devgear/application';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors';

/**
 * Reads a multipart/form-data image upload: exactly one file in the field `file` and its alt
 * text in `alt`. A file over the limit is 413; anything else malformed is 400 naming the field.
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
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`, { file: ['must be at most 10 MiB'] });
    }
    throw error;
  }
  return { bytes: bytes ?? new Uint8Array(), alt };
}
