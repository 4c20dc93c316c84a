/** A customer may cancel while the order is pending or paid (CONTRACT.md, status machine). */
export function canCancel(status: string): boolean {
  return status === 'pending' || status === 'paid';
}
