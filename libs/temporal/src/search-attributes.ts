import type { Connection } from '@temporalio/client';
// Not re-exported by the package index; the module has been stable across 1.x.
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes.js';
import { SEARCH_ATTRIBUTES } from '#domain';

const GRPC_ALREADY_EXISTS = 6;
const GRPC_UNIMPLEMENTED = 12;

const grpcCode = (error: unknown): number | undefined => (error as { code?: number }).code;

/**
 * Registers the project's search attributes in the namespace where they are missing, so any server is
 * ready for the workflows that upsert them: a cluster, the dev server, or the time-skipping test server
 * (which can add search attributes but not list them). Idempotent.
 */
export async function ensureSearchAttributes(connection: Pick<Connection, 'operatorService'>, namespace: string): Promise<void> {
  let registered: Record<string, unknown> = {};
  try {
    registered = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (error) {
    if (grpcCode(error) !== GRPC_UNIMPLEMENTED) throw error;
  }
  const absent = SEARCH_ATTRIBUTES.filter((key) => !(key.name in registered));
  if (absent.length === 0) return;
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(absent.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!])),
    });
  } catch (error) {
    if (grpcCode(error) !== GRPC_ALREADY_EXISTS) throw error;
  }
}
