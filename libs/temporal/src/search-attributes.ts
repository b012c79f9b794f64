import type { Connection } from '@temporalio/client';
// Not re-exported by the package index; the module has been stable across 1.x.
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes.js';
import { SEARCH_ATTRIBUTES } from '../../domain/src/index.js';

/**
 * Registers the project's search attributes in the namespace where they are missing, so any cluster
 * (dev server or production) is ready for the workflows that upsert them. Idempotent.
 */
export async function ensureSearchAttributes(connection: Pick<Connection, 'operatorService'>, namespace: string): Promise<void> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const absent = SEARCH_ATTRIBUTES.filter((key) => !(key.name in (customAttributes ?? {})));
  if (absent.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(absent.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!])),
  });
}
