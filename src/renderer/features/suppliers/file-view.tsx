import { useEffect, useMemo, useState } from 'react';
import UTIF from 'utif2';

import { attachmentKindInfo, extensionOf, kindForExtension } from '#shared/suppliers/attachment-rules';

import { HighlightLayer, type PageHighlight } from './page-highlights';
import { PdfPages } from './pdf-pages';

/** A TIFF scan is decoded here (browsers cannot show TIFF) up to this size; larger ones are exported. */
const maxTiffPixels = 60_000_000;
const maxTiffPages = 30;

function ImageView({
  bytes,
  mediaType,
  title,
  highlights,
}: {
  bytes: Uint8Array<ArrayBuffer>;
  mediaType: string;
  title: string;
  highlights: readonly PageHighlight[];
}) {
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes], { type: mediaType })), [bytes, mediaType]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="image-pages">
      <div className="page-frame" data-page={1}>
        <img className="image-view" src={url} alt={title} />
        {highlights.length > 0 ? <HighlightLayer highlights={highlights.filter((h) => h.page === 1)} /> : null}
      </div>
    </div>
  );
}

type TiffState = { state: 'decoding' } | { state: 'done'; pages: string[] } | { state: 'failed'; message: string };

/** Decodes a TIFF scan's pages (sizes checked in the header first) into images the page can show. */
function TiffView({
  bytes,
  title,
  highlights,
}: {
  bytes: Uint8Array;
  title: string;
  highlights: readonly PageHighlight[];
}) {
  const [tiff, setTiff] = useState<TiffState>({ state: 'decoding' });
  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    void (async () => {
      try {
        const buffer = bytes.slice().buffer;
        const pages = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
        for (const ifd of pages.slice(0, maxTiffPages)) {
          const width = Number((ifd['t256'] as number[])[0]);
          const height = Number((ifd['t257'] as number[])[0]);
          if (width * height > maxTiffPixels)
            throw new Error(`a page is ${width} × ${height} pixels, too large to show`);
          UTIF.decodeImage(buffer, ifd);
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const context = canvas.getContext('2d')!;
          const image = context.createImageData(width, height);
          image.data.set(UTIF.toRGBA8(ifd).subarray(0, image.data.length));
          context.putImageData(image, 0, 0);
          const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
          if (blob) urls.push(URL.createObjectURL(blob));
        }
        if (!cancelled) setTiff({ state: 'done', pages: [...urls] });
      } catch (error) {
        if (!cancelled) setTiff({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [bytes]);
  if (tiff.state === 'decoding') return <p className="muted">Opening the TIFF scan…</p>;
  if (tiff.state === 'failed')
    return (
      <p className="banner banner-error" role="alert">
        This TIFF scan cannot be shown here ({tiff.message}). Export it to open it in another program.
      </p>
    );
  return (
    <div className="image-pages">
      {tiff.pages.map((url, i) => (
        <div className="page-frame" data-page={i + 1} key={url}>
          <img className="image-view" src={url} alt={`${title}, page ${i + 1} of ${tiff.pages.length}`} />
          <HighlightLayer highlights={highlights.filter((h) => h.page === i + 1)} />
        </div>
      ))}
    </div>
  );
}

/** A file's pages as the viewer shows them, with proposals' words marked: PDFs, images and TIFF scans. */
export function FileView({
  bytes,
  fileName,
  mediaType,
  highlights = [],
}: {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  mediaType: string;
  highlights?: readonly PageHighlight[];
}) {
  const kind = kindForExtension(extensionOf(fileName));
  if (kind === 'tiff') return <TiffView bytes={bytes} title={fileName} highlights={highlights} />;
  const view = kind ? attachmentKindInfo[kind].view : null;
  if (view === 'pdf') return <PdfPages bytes={bytes} title={fileName} highlights={highlights} />;
  if (view === 'image')
    return <ImageView bytes={bytes} mediaType={mediaType} title={fileName} highlights={highlights} />;
  return <p className="muted">A spreadsheet cannot be shown here. Export it to open it in another program.</p>;
}
