import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { supplierRoleLabels } from '../../../shared/evidence/supplier-schema';
import { countryName } from '../../../shared/reference/countries';
import { useClient, useRpc } from '../../api/client-context';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { notify } from '../../components/toasts';
import { useReference } from '../../reference/use-reference';
import '../../styles/suppliers.css';
import { DocumentsCard } from './documents-card';
import { PackReaderCard } from './pack-reader-card';
import { ProductsCard } from './products-card';
import { RequestKitCard } from './request-kit-card';
import { SupplierForm } from './supplier-form';
import { useCommandHandler } from '../../app/commands/command-handlers';
import { useFiles } from '../../files/files-context';
import { handOver } from '../../files/pending-files';
import { newDocumentPlace, newDocumentRoute } from './new-document-place';
import { Card } from '../../components/card';

/** One supplier (or a new one): its details, products, documents and declaration requests. */
export function SupplierDetailPage({ id }: { id: string | null }) {
  const client = useClient();
  const [, navigate] = useLocation();
  const supplier = useRpc('suppliers.get', { id: id ?? '' }, { enabled: id !== null, staleTime: 0 });
  const { reference } = useReference();
  const confirmDelete = useConfirmation();
  const files = useFiles();
  // File › Attach supplier document…: a new document of this supplier, with the chosen files.
  useCommandHandler(
    'file.attachDocument',
    id === null
      ? null
      : async () => {
          if (files.native) {
            const picked = await files.choose('supplier-document', true);
            if (picked.files.length === 0) return;
            handOver(newDocumentPlace(id), picked.files);
          }
          navigate(newDocumentRoute(id));
        },
  );

  if (supplier.error) {
    return (
      <p className="banner banner-error" role="alert">
        {supplier.error.message} <Link href="/suppliers">Back to the registry</Link>
      </p>
    );
  }
  if (id !== null && !supplier.data) return <p className="muted">Loading…</p>;
  const current = id !== null ? (supplier.data ?? null) : null;

  const remove = async () => {
    confirmDelete.close();
    if (!current) return;
    const result = await client.callSafe('suppliers.delete', { id: current.id });
    if (!result.ok) {
      notify({ tone: 'error', title: 'Supplier not deleted', detail: result.error.message });
      return;
    }
    notify({ tone: 'success', title: `${current.name} deleted` });
    navigate('/suppliers');
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/suppliers">Suppliers & documents</Link> ›
      </p>
      <PageHeader
        title={current ? current.name : 'New supplier'}
        subtitle={
          current
            ? `${current.roles.map((r) => supplierRoleLabels[r]).join(', ')} · ${countryName(current.country)}`
            : 'Who they are and what they do for your metal; products and documents follow.'
        }
        actions={
          current ? (
            <Button className="button button-danger" onPress={confirmDelete.ask}>
              Delete supplier
            </Button>
          ) : null
        }
      />
      <Card titleId="supplier-title" title="Supplier details">
        <SupplierForm
          key={current ? `${current.id}:${current.version}` : 'new'}
          supplier={current}
          onSaved={(saved) => {
            notify({
              tone: 'success',
              title: current ? 'Supplier saved' : `${saved.name} added`,
              detail: current ? undefined : 'Now add its products and documents.',
            });
            if (!current) navigate(`/suppliers/${saved.id}`, { replace: true });
          }}
        />
      </Card>
      {current && reference ? (
        <>
          <ProductsCard supplierId={current.id} reference={reference} />
          <DocumentsCard supplierId={current.id} />
          <PackReaderCard supplierId={current.id} />
          <RequestKitCard supplierId={current.id} />
        </>
      ) : null}
      <ConfirmDialog
        {...confirmDelete.dialog}
        title="Delete this supplier?"
        confirmLabel="Delete supplier"
        onConfirm={() => void remove()}
      >
        {current?.name} and its products are removed. A supplier with documents, or named on licence lines, is kept as a
        record.
      </ConfirmDialog>
    </>
  );
}
