import type { ImageDto } from '@devgear/contracts';
import { useEffect, useState } from 'react';
import { Dialog, ImageIcon } from '@/ui';

/** The catalog's pictures are 4:3: width and height reserve their place before they arrive. */
const MAIN_IMAGE = { width: 800, height: 600 };

/**
 * The main image (the page's largest paint: loaded at once, high priority; a click shows it
 * large) and a row of thumbnails to switch it.
 */
export function ProductGallery({ images, productName }: { images: ImageDto[]; productName: string }) {
  const [index, setIndex] = useState(0);
  const [zoomed, setZoomed] = useState(false);
  useEffect(() => setIndex(0), [images]);
  const current = images[index] ?? images[0];
  const alt = current ? current.alt || productName : '';

  return (
    <div className="gallery" data-testid="product-gallery">
      <div className="gallery__main">
        {current ? (
          <button type="button" className="gallery__zoom" onClick={() => setZoomed(true)} aria-label={`Enlarge image: ${alt}`}>
            <img src={current.url} alt={alt} {...MAIN_IMAGE} loading="eager" fetchPriority="high" decoding="async" data-testid="gallery-main-image" />
          </button>
        ) : (
          <ImageIcon className="gallery__placeholder" title="No image available" />
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
              <img src={img.url} alt="" width={64} height={48} loading="lazy" decoding="async" />
            </button>
          ))}
        </div>
      )}
      {current && (
        <Dialog open={zoomed} onClose={() => setZoomed(false)} title={productName} width={1000} className="gallery__dialog">
          <img src={current.url} alt={alt} className="gallery__large" />
        </Dialog>
      )}
    </div>
  );
}
