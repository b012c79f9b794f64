// Proposals that need an administrator, above the stalled work: what failed, the error, since when, and the
// retry of a write that waits for one (POST /api/admin/proposals/:id/retry).
import { post, type Schemas } from '../api/client.js';
import { Link } from '../app/router.js';
import { Notice, Problems, useSubmit } from '../components/common.js';
import { Stage, When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';
import { DataTable } from '../components/krds.js';

type AttentionItem = Schemas['AttentionItemView'];

export function AttentionList({ items, reload }: { items: AttentionItem[]; reload: () => void }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <DataTable className="attention">
      <caption>{t('attentionTitle')}</caption>
      <thead>
        <tr>
          {(['colTitle', 'colStage', 'colReason', 'colError', 'colSince', 'colWorkflow', 'retryWrite'] as const).map((k) => (
            <th key={k} scope="col">
              {t(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <AttentionRow key={item.proposalId} item={item} reload={reload} />
        ))}
      </tbody>
    </DataTable>
  );
}

function AttentionRow({ item, reload }: { item: AttentionItem; reload: () => void }) {
  const { t } = useI18n();
  const form = useSubmit([]);
  return (
    <tr>
      <th scope="row">
        <Link href={`/proposals/${item.proposalId}`}>{item.title}</Link> ({item.department})
      </th>
      <td>
        <Stage status={item.stage} />
      </td>
      <td>
        {t(item.reason === 'write_failed' ? 'attentionWriteFailed' : 'attentionRunClosed')}
        {item.activity && ` · ${item.activity}`}
      </td>
      <td>
        <code>{item.error}</code>
      </td>
      <td>
        <When iso={item.since} />
      </td>
      <td>
        {item.workflowUrl && (
          <a href={item.workflowUrl} target="_blank" rel="noreferrer">
            {t('temporalLink')} <span className="visually-hidden">{item.title}</span>
          </a>
        )}
      </td>
      <td>
        {item.reason === 'write_failed' &&
          (item.retrying ? (
            t('retryUnderway')
          ) : (
            <form
              ref={form.formRef}
              className="inline"
              onSubmit={(e) => {
                e.preventDefault();
                void form.run(() => post(`/api/admin/proposals/${item.proposalId}/retry`, {}).then(reload), t('retryStarted'));
              }}
            >
              <Problems messages={form.errors.general} />
              <button type="submit" className="krds-btn medium primary" disabled={form.busy}>
                {t('retryWrite')} <span className="visually-hidden">{item.title}</span>
              </button>
              <Notice text={form.notice} />
            </form>
          ))}
      </td>
    </tr>
  );
}
