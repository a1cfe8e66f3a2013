import { z } from 'zod';

// zod speeds parsing up with generated code (new Function) when it may; under the renderer's
// strict CSP it may not, and its probe would log a CSP violation. Tell it up front.
z.config({ jitless: true });
