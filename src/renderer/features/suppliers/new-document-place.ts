/** Where files handed over for a new document of this supplier (and product) wait (see pending-files). */
export const newDocumentPlace = (supplierId: string, productId?: string | null) =>
  `new-document:${supplierId}:${productId ?? ''}`;

/** The new-document form for that supplier (and product). */
export const newDocumentRoute = (supplierId: string, productId?: string | null) =>
  `/suppliers/${supplierId}/documents/new${productId ? `/${productId}` : ''}`;
