import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStorage, StoredFile } from '@devgear/application';

export interface S3FileStorageOptions {
  bucket: string;
  region: string;
  /** MinIO, s3rver or another S3-compatible server; path-style addressing is used with it. */
  endpoint?: string | null;
  credentials?: { accessKeyId: string; secretAccessKey: string } | null;
  /** The URL prefix browsers fetch files under (the API serves /media/<key> from the bucket). */
  publicPrefix?: string;
}

/**
 * Files in an S3 bucket (or MinIO via S3_ENDPOINT). The bucket stays private: browsers get
 * the files through the API at /media/<key>, the same URL as with local storage.
 */
export class S3FileStorage implements FileStorage {
  private readonly s3: S3Client;

  constructor(private readonly options: S3FileStorageOptions) {
    this.s3 = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<StoredFile> {
    await this.s3.send(
      new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: contentType, CacheControl: 'public, max-age=31536000, immutable' }),
    );
    return { key, url: `${this.options.publicPrefix ?? '/media'}/${key}` };
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return res.Body ? await res.Body.transformToByteArray() : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) {
        return null;
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  destroy(): void {
    this.s3.destroy();
  }
}
