import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';

import { useClient, useRpc } from '#renderer/api/client-context';
import { ConfirmDialog } from '#renderer/components/confirm-dialog';
import { notify } from '#renderer/components/toasts';
import { FileDropTarget } from '#renderer/files/file-drop-target';
import { handOver } from '#renderer/files/pending-files';
import { countryName } from '#shared/reference/countries';
import { formatHts } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import type { SupplierProduct } from '#shared/suppliers/product-schema';

import { newDocumentPlace, newDocumentRoute } from './new-document-place';
import { ProductDialog } from './product-dialog';

const origin = (p: SupplierProduct) =>
  [p.usualSmeltLargest, p.usualSmeltSecond, p.usualCast].some(Boolean)
    ? `Smelt ${countryName(p.usualSmeltLargest) || '?'} / ${countryName(p.usualSmeltSecond) || '?'} · cast ${countryName(p.usualCast) || '?'}`
    : 'Usual countries not recorded';

/** A supplier's products, with their usual metal origin and a way to add a document for each. */
export function ProductsCard({ supplierId, reference }: { supplierId: string; reference: ReferenceIndex }) {
  const client = useClient();
  const [, navigate] = useLocation();
  const products = useRpc('products.list', { supplierId });
  const [editing, setEditing] = useState<SupplierProduct | 'new' | null>(null);
  const [removing, setRemoving] = useState<SupplierProduct | null>(null);

  const remove = async () => {
    const product = removing;
    setRemoving(null);
    if (!product) return;
    const result = await client.callSafe('products.delete', { id: product.id });
    notify(
      result.ok
        ? { tone: 'success', title: `Product "${product.description}" removed` }
        : { tone: 'error', title: 'Product not removed', detail: result.error.message },
    );
  };

  return (
    <section className="card" aria-labelledby="products-title">
      <div className="card-head">
        <h2 id="products-title" className="card-title">
          Products
        </h2>
        <Button className="button button-secondary" onPress={() => setEditing('new')}>
          + Add product
        </Button>
      </div>
      {products.data && products.data.length === 0 ? (
        <p className="empty-state">
          No products yet. Add what this supplier sells, with its HTS number and usual smelt and cast countries.
        </p>
      ) : null}
      {products.data && products.data.length > 0 ? (
        <ul className="item-list">
          {products.data.map((p) => (
            <FileDropTarget
              as="li"
              key={p.id}
              className="item"
              data-testid={`product-${p.description}`}
              kind="supplier-document"
              hint="Drop to file a new document for this product"
              onPicked={(picked) => {
                // A certificate dropped on a product starts its new document with the file attached.
                handOver(newDocumentPlace(supplierId, p.id), picked.files);
                navigate(newDocumentRoute(supplierId, p.id));
              }}
            >
              <div className="item-main">
                <span className="item-title">{p.description}</span>
                <span className="item-sub">
                  {p.code ? `${p.code} · ` : ''}
                  {p.htsCode ? `HTS ${formatHts(p.htsCode)} · ` : ''}
                  {origin(p)}
                </span>
              </div>
              <div className="item-actions">
                <Button
                  className="button button-quiet"
                  onPress={() => navigate(`/suppliers/${supplierId}/documents/new/${p.id}`)}
                  aria-label={`Add a document for ${p.description}`}
                >
                  Add document
                </Button>
                <Button
                  className="button button-quiet"
                  onPress={() => setEditing(p)}
                  aria-label={`Edit ${p.description}`}
                >
                  Edit
                </Button>
                <Button
                  className="button button-quiet"
                  onPress={() => setRemoving(p)}
                  aria-label={`Remove ${p.description}`}
                >
                  Remove
                </Button>
              </div>
            </FileDropTarget>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <ProductDialog
          supplierId={supplierId}
          product={editing === 'new' ? null : editing}
          reference={reference}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title="Remove this product?"
        confirmLabel="Remove product"
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        {removing?.description} is removed from this supplier. A product that licence lines came from, or that documents
        name, is kept.
      </ConfirmDialog>
    </section>
  );
}
