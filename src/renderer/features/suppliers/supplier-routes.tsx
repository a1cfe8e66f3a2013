import { Route, Switch } from 'wouter';

import { CompliancePage } from './compliance-page';
import { DocumentPage } from './document-page';
import { SupplierDetailPage } from './supplier-detail-page';
import { SuppliersPage } from './suppliers-page';

/** The "Suppliers & documents" section's pages; App mounts this for every /suppliers address. */
export function SupplierRoutes() {
  return (
    <Switch>
      <Route path="/suppliers" component={SuppliersPage} />
      <Route path="/suppliers/compliance" component={CompliancePage} />
      <Route path="/suppliers/new">{() => <SupplierDetailPage id={null} />}</Route>
      <Route path="/suppliers/:supplierId/documents/new/:productId?">
        {(params) => (
          <DocumentPage
            key={`new-${params.productId ?? ''}`}
            supplierId={params.supplierId}
            documentId={null}
            productId={params.productId}
          />
        )}
      </Route>
      <Route path="/suppliers/:supplierId/documents/:documentId">
        {(params) => (
          <DocumentPage key={params.documentId} supplierId={params.supplierId} documentId={params.documentId} />
        )}
      </Route>
      <Route path="/suppliers/:id">{(params) => <SupplierDetailPage key={params.id} id={params.id} />}</Route>
      <Route>
        <p className="banner banner-info">This page does not exist. Use the menu on the left.</p>
      </Route>
    </Switch>
  );
}
