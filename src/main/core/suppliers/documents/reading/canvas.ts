import { createRequire } from 'node:module';

import type * as NapiCanvas from '@napi-rs/canvas';

/*
 * @napi-rs/canvas (Skia, a native module) draws PDF pages for OCR and decodes PNG, JPEG, WebP
 * and GIF scans. Loaded on first use, so a worker that only reads spreadsheets never loads it;
 * kept out of the bundle (vite.main.config.ts) and copied into the package (forge.config.ts).
 */
type Canvas = typeof NapiCanvas;
let loaded: Canvas | null = null;

export const canvasModule = (): Canvas => (loaded ??= createRequire(__filename)('@napi-rs/canvas') as Canvas);
