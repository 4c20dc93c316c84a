/** What a customer bought: orders that were paid (paid, packed, shipped or delivered). */
export interface PurchaseHistory {
  /** Whether the customer has a paid order containing the product. */
  hasBought(customerId: string, productId: string): Promise<boolean>;
}
