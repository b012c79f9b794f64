// Where an administrator opens a proposal's workflow in the Temporal Web UI (TEMPORAL_UI_URL), or null
// when no UI is configured.
import type { ApiConfig } from '../../../../libs/config/src/index.js';
import { workflowIdFor } from '../../../../libs/domain/src/index.js';

export function temporalUiLink(config: Pick<ApiConfig, 'TEMPORAL_UI_URL' | 'TEMPORAL_NAMESPACE'>, proposalId: string) {
  const ui = config.TEMPORAL_UI_URL?.replace(/\/+$/, '');
  if (!ui) return null;
  const namespace = encodeURIComponent(config.TEMPORAL_NAMESPACE);
  return `${ui}/namespaces/${namespace}/workflows/${encodeURIComponent(workflowIdFor(proposalId))}`;
}
