import type { LineImageDto } from '@devgear/contracts';
import { ImageIcon } from '@/ui';
import '../form/forms.css';

/**
 * A cart or order line's product picture: small, sized (no layout shift), loaded lazily; a
 * neutral box with a picture icon when the product has none (or is no longer sold).
 */
export function OrderLineThumbnail({ image, size = 64 }: { image: LineImageDto | null | undefined; size?: number }) {
  if (!image) {
    return (
      <span className="line-thumb line-thumb--empty" style={{ width: size, height: size }} aria-hidden="true" data-testid="line-thumbnail-empty">
        <ImageIcon />
      </span>
    );
  }
  return <img className="line-thumb" src={image.url} alt={image.alt} width={size} height={size} loading="lazy" decoding="async" data-testid="line-thumbnail" />;
}
