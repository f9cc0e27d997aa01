import * as z from 'zod/mini';
import { contactListSchema } from './contacts.js';
import { resourceListSchema } from './resources.js';

/**
 * What a partner may put in a content file (`content-src`) or an inline
 * `<script type="application/json">` child. Every section is optional and adds to the
 * bundled default content. Unknown keys are refused, so a typo ("contact") is named
 * instead of silently ignored.
 */
export const partnerContentSchema = z.strictObject({
  /** Allowed so editors can point their editor at a JSON Schema; not used. */
  $schema: z.optional(z.string()),
  contacts: z.optional(contactListSchema),
  /** Study material or local offer the partner adds to the bundled resources. */
  resources: z.optional(resourceListSchema),
});
export type PartnerContent = z.infer<typeof partnerContentSchema>;
