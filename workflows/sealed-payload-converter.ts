// The workflows' payload converter (bundled as payloadConverterPath): the default one, which also notes each
// value read from a payload the codec opened with a key of the deployment (SEALED_METADATA). Notes only: the
// values are the same either way, so replay and every handler see what they saw before.
import { defaultPayloadConverter, type Payload, type PayloadConverter } from '@temporalio/workflow';
import { SEALED_METADATA } from '#domain';

const sealedValues = new WeakSet<object>();

/** Whether `value` was read from a payload sealed with a key of the deployment. */
export function wasSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && sealedValues.has(value);
}

/** @public the bundler's payloadConverterPath export */
export const payloadConverter: PayloadConverter = {
  toPayload: (value, context, hint) => defaultPayloadConverter.toPayload(value, context, hint),
  fromPayload<T>(payload: Payload, context?: Parameters<PayloadConverter['fromPayload']>[1], hint?: never): T {
    const value = defaultPayloadConverter.fromPayload<T>(payload, context, hint);
    if (payload.metadata?.[SEALED_METADATA] && typeof value === 'object' && value !== null) sealedValues.add(value);
    return value;
  },
};
