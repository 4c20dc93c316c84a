import { PictureOutlined } from '@ant-design/icons';
import type { ImageDto } from '@devgear/contracts';
import Image from 'antd/es/image';
import { useEffect, useState } from 'react';

/** The main image (click to zoom) and a row of thumbnails to switch it. */
export function ProductGallery({ images, productName }: { images: ImageDto[]; productName: string }) {
  const [index, setIndex] = useState(0);
  useEffect(() => setIndex(0), [images]);
  const current = images[index] ?? images[0];

  return (
    <div className="gallery" data-testid="product-gallery">
      <div className="gallery__main">
        {current ? (
          <Image src={current.url} alt={current.alt || productName} data-testid="gallery-main-image" />
        ) : (
          <PictureOutlined className="gallery__placeholder" aria-label="No image available" />
        )}
      </div>
      {images.length > 1 && (
        <div className="gallery__thumbs" role="group" aria-label="Product images">
          {images.map((img, i) => (
            <button
              key={img.id}
              type="button"
              className="gallery__thumb"
              aria-pressed={i === index}
              aria-label={`Show image ${i + 1} of ${images.length}`}
              onClick={() => setIndex(i)}
              data-testid="gallery-thumb"
            >
              <img src={img.url} alt="" loading="lazy" />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
