// Where an administrator opens a proposal's workflow in the Temporal Web UI (TEMPORAL_UI_URL), or null
// when no UI is configured.
import type { ApiConfig } from '#config';
import { workflowIdFor } from '#domain';

export function temporalUiLink(config: Pick<ApiConfig, 'TEMPORAL_UI_URL' | 'TEMPORAL_NAMESPACE'>, proposalId: string) {
  const ui = config.TEMPORAL_UI_URL?.replace(/\/+$/, '');
  if (!ui) return null;
  const namespace = encodeURIComponent(config.TEMPORAL_NAMESPACE);
  return `${ui}/namespaces/${namespace}/workflows/${encodeURIComponent(workflowIdFor(proposalId))}`;
}
