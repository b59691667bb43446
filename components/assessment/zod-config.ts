/**
 * Zod compiles object parsers with `new Function` unless told not to, probing
 * for eval when each object schema is built. The check-up page's
 * Content-Security-Policy forbids eval, so the probe would only log a
 * violation. Imported first by the wizard model, before any schema exists.
 */
import { z } from "zod";

z.config({ jitless: true });
