// How the worker's workflow code tells a message it can trust from a forged one (docs/security.md#temporal):
// the payload codec (libs/temporal/src/payload-codec.ts) sets this metadata on a payload it has decrypted with
// a key of the deployment, and strips it from any other payload; workflows/sealed-messages.ts refuses an
// Update whose arguments lack it.
export const SEALED_METADATA = 'bareun-sealed';

/** The failure type of that refusal: the API's own Updates meet it only when its key is not the worker's. */
export const UNSEALED_FAILURE_TYPE = 'UNSEALED_MESSAGE';
