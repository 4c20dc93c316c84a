import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import type { AdminBlogPostDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { toApiError } from '@/lib/form-errors';
import { useRemoveCoverMutation, useSetCoverMutation } from '../api/blog-api';

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 10 * 1024 * 1024;

/** The post's cover: shows it, replaces it (a JPEG, PNG or WebP with alt text) or removes it. */
export function CoverEditor({ post }: { post: AdminBlogPostDto }) {
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [setCover, upload] = useSetCoverMutation();
  const [removeCover, removal] = useRemoveCoverMutation();
  const { message } = App.useApp();

  const choose = (chosen: File | undefined) => {
    setProblem(null);
    if (!chosen) return setFile(null);
    if (!TYPES.includes(chosen.type)) return setProblem(`${chosen.name} is not a JPEG, PNG or WebP image.`);
    if (chosen.size > MAX_BYTES) return setProblem(`${chosen.name} is larger than 10 MiB.`);
    setFile(chosen);
  };

  const send = async () => {
    if (!file) return setProblem('Choose an image first.');
    if (!alt.trim()) return setProblem('Describe the image (alt text) for people who cannot see it.');
    try {
      await setCover({ postId: post.id, file, fileName: file.name, alt: alt.trim() }).unwrap();
      setFile(null);
      setAlt('');
      void message.success('Cover image saved.');
    } catch (raw) {
      const error = toApiError(raw);
      setProblem(Object.values(error.details).flat().join(' ') || error.message);
    }
  };

  return (
    <div className="blog-editor__cover" data-testid="post-cover">
      <Typography.Text strong>Cover image</Typography.Text>
      {post.cover_image ? (
        <div className="blog-editor__cover-current">
          <img src={post.cover_image.url} alt={post.cover_image.alt} data-testid="post-cover-image" />
          <Button
            icon={<DeleteOutlined />}
            loading={removal.isLoading}
            onClick={() => removeCover(post.id).unwrap().catch((raw: unknown) => void message.error(toApiError(raw).message))}
          >
            Remove cover
          </Button>
        </div>
      ) : (
        <Typography.Paragraph type="secondary">No cover yet.</Typography.Paragraph>
      )}
      <Space wrap>
        <input type="file" accept={TYPES.join(',')} onChange={(e) => choose(e.target.files?.[0])} aria-label="Cover image file" data-testid="post-cover-file" />
        <Input value={alt} onChange={(e) => setAlt(e.target.value)} placeholder="Alt text: what the image shows" maxLength={200} style={{ width: 280 }} data-testid="post-cover-alt" />
        <Button icon={<UploadOutlined />} loading={upload.isLoading} onClick={() => void send()} data-testid="post-cover-upload">
          {post.cover_image ? 'Replace cover' : 'Upload cover'}
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 8 }} data-testid="post-cover-error" />}
    </div>
  );
}
