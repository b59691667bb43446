import { z } from "zod/mini";

/**
 * In the browser, Zod 4 probes `new Function("")` to decide whether to
 * compile fast object parsers. Our Content-Security-Policy has no
 * 'unsafe-eval', so that probe is reported as a CSP violation on every page
 * that builds a schema. Interpreted parsing is plenty fast for a form, so turn
 * the probe off. Import this module FIRST in any client entry that imports
 * schemas (module evaluation follows import order).
 */
z.config({ jitless: true });
