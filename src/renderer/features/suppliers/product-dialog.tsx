import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm } from 'react-hook-form';

import { oneBanner, useAction } from '#renderer/api/use-action';
import { CodePickerField } from '#renderer/components/code-picker-field';
import { ErrorBanner } from '#renderer/components/error-banner';
import { TextInputField } from '#renderer/components/form-fields';
import { notify } from '#renderer/components/toasts';
import {
  countryOptions,
  htsOptions,
  parseCountryText,
  parseHtsText,
  smeltOptions,
} from '#renderer/reference/picker-options';
import { localIsoDate } from '#shared/dates/iso-date';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import {
  emptyProductDraft,
  type ProductDraft,
  productDraftOf,
  productDraftSchema,
  type SupplierProduct,
} from '#shared/suppliers/product-schema';

interface ProductDialogProps {
  readonly supplierId: string;
  /** null: a new product. */
  readonly product: SupplierProduct | null;
  readonly reference: ReferenceIndex;
  readonly onClose: () => void;
}

/** Adds or edits one product: what it is, its HTS number and where its metal usually comes from. */
export function ProductDialog({ supplierId, product, reference, onClose }: ProductDialogProps) {
  const create = useAction('products.create');
  const update = useAction('products.update');
  const actions = oneBanner([create, update]);
  const { control, handleSubmit, formState } = useForm<ProductDraft>({
    resolver: zodResolver(productDraftSchema),
    defaultValues: product ? productDraftOf(product) : emptyProductDraft(supplierId),
    mode: 'onTouched',
  });
  const hts = useMemo(() => htsOptions(reference.htsOn(localIsoDate(new Date()))), [reference]);

  const submit = handleSubmit(async (draft) => {
    const saved = product
      ? await actions.start(update).run({ id: product.id, version: product.version, draft })
      : await actions.start(create).run(draft);
    if (!saved) return;
    notify({ tone: 'success', title: product ? 'Product saved' : `Product "${draft.description}" added` });
    onClose();
  });

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog" aria-label={product ? `Edit product ${product.description}` : 'New product'}>
          <Heading slot="title" className="dialog-title">
            {product ? 'Edit product' : 'New product'}
          </Heading>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <div className="grid grid-3">
              <TextInputField
                control={control}
                name="description"
                label="Product description"
                isRequired
                className="span-2"
              />
              <TextInputField control={control} name="code" label="Supplier's product code" />
            </div>
            <CodePickerField
              control={control}
              name="htsCode"
              label="HTS number"
              options={hts}
              parse={parseHtsText}
              placeholder="Type 7606 to list covered codes"
            />
            <p className="muted small form-hint">
              Usual origin of the metal: copied to a licence line filled from this product.
            </p>
            <div className="grid grid-3">
              <CodePickerField
                control={control}
                name="usualSmeltLargest"
                label="Usual country of largest smelt"
                options={smeltOptions}
                parse={parseCountryText}
              />
              <CodePickerField
                control={control}
                name="usualSmeltSecond"
                label="Usual country of second-largest smelt"
                options={smeltOptions}
                parse={parseCountryText}
              />
              <CodePickerField
                control={control}
                name="usualCast"
                label="Usual country of most recent cast"
                options={countryOptions}
                parse={parseCountryText}
              />
            </div>
            <TextInputField control={control} name="notes" label="Notes" multiline />
            <ErrorBanner message={actions.message} />
            <div className="dialog-actions">
              <Button className="button button-secondary" onPress={onClose}>
                Cancel
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={formState.isSubmitting}>
                {product ? 'Save product' : 'Add product'}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
