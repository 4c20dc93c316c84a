/** Where uploaded and generated files (product images) live: local disk or S3. */
export interface StoredFile {
  key: string;
  /** The URL a browser uses to fetch the file. */
  url: string;
}

export interface FileStorage {
  put(key: string, body: Uint8Array, contentType: string): Promise<StoredFile>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}
