import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, HolderOutlined, InboxOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminProductDto } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Popconfirm from 'antd/es/popconfirm';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import Upload from 'antd/es/upload';
import { useEffect, useState, type DragEvent } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormField } from '@/components/form/form-field';
import type { ApiError } from '@/lib/api-client';
import { toApiError } from '@/lib/form-errors';
import { useDeleteProductImageMutation, useReorderProductImagesMutation, useUploadProductImageMutation } from '../api/admin-products-api';

/** What the API takes (it judges the bytes, not the name; this only spares a pointless upload). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const altSchema = z.object({
  alt: z.string().trim().min(1, 'is required: describe the image for people who cannot see it').max(200, 'must be at most 200 characters'),
});
type AltValues = z.infer<typeof altSchema>;

type Image = AdminProductDto['images'][number];

interface ProductImagesProps {
  product: AdminProductDto;
  disabled?: boolean;
  /** The product as the API answered an image change (the editor takes its new version). */
  onChanged: (product: AdminProductDto) => void;
}

/** Moves the item at `from` to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

function problemOf(error: ApiError): string {
  if (error.status === 413) return 'The image is larger than 10 MiB. Choose a smaller file.';
  return error.details.file?.join('; ') ?? error.message;
}

/** The file chosen for upload, with its preview and the alt text the API requires. */
function UploadForm({ product, disabled, onChanged }: ProductImagesProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [upload, { isLoading }] = useUploadProductImageMutation();
  const { message } = App.useApp();
  const form = useForm<AltValues>({ resolver: zodResolver(altSchema), defaultValues: { alt: '' } });
  const [preview, setPreview] = useState<string | null>(null);
  // Made and revoked in one effect, so StrictMode's second run gets a URL of its own.
  useEffect(() => {
    if (!file) return undefined;
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => {
      URL.revokeObjectURL(url);
      setPreview(null);
    };
  }, [file]);

  const choose = (chosen: File) => {
    if (!IMAGE_TYPES.includes(chosen.type)) {
      setFile(null);
      setFileProblem(`${chosen.name} is not a JPEG, PNG or WebP image.`);
    } else if (chosen.size > MAX_IMAGE_BYTES) {
      setFile(null);
      setFileProblem(`${chosen.name} is larger than 10 MiB. Choose a smaller file.`);
    } else {
      setFile(chosen);
      setFileProblem(null);
    }
  };

  const cancel = () => {
    setFile(null);
    setFileProblem(null);
    form.reset({ alt: '' });
  };

  const send = form.handleSubmit(async ({ alt }) => {
    if (!file) return;
    setFileProblem(null);
    try {
      const updated = await upload({ productId: product.id, file, fileName: file.name, alt }).unwrap();
      onChanged(updated);
      void message.success('Image uploaded.');
      cancel();
    } catch (raw) {
      const error = toApiError(raw);
      if (error.details.alt) form.setError('alt', { type: 'server', message: error.details.alt.join('; ') }, { shouldFocus: true });
      if (!error.details.alt || error.details.file || error.status === 413) setFileProblem(problemOf(error));
    }
  });

  return (
    <div className="admin-upload" data-testid="image-upload">
      {file && preview ? (
        <div className="admin-upload__chosen">
          <img src={preview} alt="" className="admin-upload__preview" data-testid="image-preview" />
          <Form component="div" layout="vertical" requiredMark={false} className="admin-upload__form">
            <Typography.Text className="admin-upload__name" ellipsis={{ tooltip: file.name }}>
              {file.name} · {Math.max(1, Math.round(file.size / 1024))} KB
            </Typography.Text>
            <FormField control={form.control} name="alt" label="Alt text" extra="What the image shows, for screen readers and search">
              {(field) => (
                <Input
                  {...field}
                  maxLength={200}
                  placeholder="Keyboard from above, brown switches"
                  onPressEnter={(event) => {
                    event.preventDefault();
                    void send();
                  }}
                  data-testid="image-alt"
                />
              )}
            </FormField>
            <div className="admin-upload__actions">
              <Button onClick={cancel} disabled={isLoading}>
                Cancel
              </Button>
              <Button type="primary" onClick={() => void send()} loading={isLoading} data-testid="image-upload-submit">
                Upload image
              </Button>
            </div>
          </Form>
        </div>
      ) : (
        <Upload.Dragger
          // The picker offers images only; a dropped file of another kind still reaches beforeUpload, which says why it is refused.
          accept={{ format: IMAGE_TYPES.join(','), filter: 'native' }}
          multiple={false}
          showUploadList={false}
          fileList={[]}
          disabled={disabled}
          beforeUpload={(chosen) => {
            choose(chosen);
            // Uploaded by hand, with the alt text.
            return false;
          }}
          data-testid="image-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">Click or drop an image here</p>
          <p className="ant-upload-hint">JPEG, PNG or WebP, up to 10 MiB</p>
        </Upload.Dragger>
      )}
      {fileProblem && <Alert type="error" showIcon title={fileProblem} className="admin-upload__problem" data-testid="image-error" />}
    </div>
  );
}

/**
 * The product's images: upload with a preview and alt text, delete after confirming, and
 * reorder by dragging a tile (or with its arrow buttons); the first image is the main one.
 */
export function ProductImages({ product, disabled, onChanged }: ProductImagesProps) {
  const [remove] = useDeleteProductImageMutation();
  const [reorder, { isLoading: reordering }] = useReorderProductImagesMutation();
  const { message } = App.useApp();
  /** The order shown while a reorder is on its way (the API's answer replaces it). */
  const [pending, setPending] = useState<Image[] | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const images = pending ?? product.images;

  const move = async (from: number, to: number) => {
    if (from === to || to < 0 || to >= images.length) return;
    const next = moveItem(images, from, to);
    setPending(next);
    try {
      const updated = await reorder({ productId: product.id, imageIds: next.map((i) => i.id) }).unwrap();
      onChanged(updated);
      void message.success(to === 0 ? 'Main image changed.' : 'Image order saved.');
    } catch (raw) {
      void message.error(`The order was not saved: ${toApiError(raw).message}`);
    } finally {
      setPending(null);
    }
  };

  const destroy = async (image: Image) => {
    try {
      const updated = await remove({ productId: product.id, imageId: image.id }).unwrap();
      onChanged(updated);
      void message.success('Image deleted.');
    } catch (raw) {
      void message.error(`The image was not deleted: ${toApiError(raw).message}`);
    }
  };

  const dragProps = (index: number) =>
    disabled || reordering
      ? {}
      : {
          draggable: true,
          onDragStart: (event: DragEvent<HTMLLIElement>) => {
            setDragging(index);
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', String(index));
          },
          onDragOver: (event: DragEvent<HTMLLIElement>) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            if (over !== index) setOver(index);
          },
          onDragLeave: () => setOver((current) => (current === index ? null : current)),
          onDrop: (event: DragEvent<HTMLLIElement>) => {
            event.preventDefault();
            const from = dragging ?? Number(event.dataTransfer.getData('text/plain'));
            setDragging(null);
            setOver(null);
            if (Number.isInteger(from)) void move(from, index);
          },
          onDragEnd: () => {
            setDragging(null);
            setOver(null);
          },
        };

  return (
    <div className="admin-images" data-testid="product-images">
      {images.length > 0 ? (
        <ol className="admin-images__grid" aria-label="Images, main image first">
          {images.map((image, index) => (
            <li
              key={image.id}
              className={[
                'admin-image',
                dragging === index ? 'admin-image--dragging' : '',
                over === index && dragging !== null && dragging !== index ? 'admin-image--over' : '',
              ].join(' ')}
              data-testid="product-image"
              data-image-id={image.id}
              {...dragProps(index)}
            >
              <div className="admin-image__frame">
                <img src={image.url} alt={image.alt} draggable={false} />
                {index === 0 && (
                  <Tag color="blue" className="admin-image__main">
                    Main
                  </Tag>
                )}
                {!disabled && <HolderOutlined className="admin-image__handle" aria-hidden />}
              </div>
              <Typography.Text className="admin-image__alt" ellipsis={{ tooltip: image.alt }} data-testid="product-image-alt">
                {image.alt}
              </Typography.Text>
              <div className="admin-image__actions">
                <Tooltip title="Move earlier">
                  <Button size="small" type="text" icon={<ArrowLeftOutlined />} onClick={() => void move(index, index - 1)} disabled={disabled || reordering || index === 0} aria-label={`Move image ${index + 1} earlier`} data-testid="image-move-left" />
                </Tooltip>
                <Tooltip title="Move later">
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowRightOutlined />}
                    onClick={() => void move(index, index + 1)}
                    disabled={disabled || reordering || index === images.length - 1}
                    aria-label={`Move image ${index + 1} later`}
                    data-testid="image-move-right"
                  />
                </Tooltip>
                <Popconfirm
                  title="Delete this image?"
                  description="It is removed from the product and the shop at once."
                  okText="Delete"
                  okButtonProps={{ danger: true, 'data-testid': 'image-delete-confirm' }}
                  onConfirm={() => destroy(image)}
                  disabled={disabled}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={disabled} aria-label={`Delete image ${index + 1}`} data-testid="image-delete" />
                </Popconfirm>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="no-images">
          No images yet. The first image you upload becomes the main one in the shop.
        </Typography.Paragraph>
      )}
      {images.length > 1 && !disabled && (
        <Typography.Paragraph type="secondary" className="admin-images__hint">
          Drag an image to change the order; the first one is the main image.
        </Typography.Paragraph>
      )}
      {!disabled && <UploadForm product={product} disabled={disabled} onChanged={onChanged} />}
    </div>
  );
}
