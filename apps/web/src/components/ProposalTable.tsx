// A table of proposals, one row each, its title a link to the proposal: the department's list and the
// administrator's list of all show it with columns of their own.
import type { ReactNode } from 'react';
import type { Proposal } from '../api/client.js';
import { Link } from '../app/router.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import { Stage, TierLabel, When } from './labels.js';
import { DataTable } from './krds.js';

export interface Column {
  header: MessageKey;
  cell: (proposal: Proposal) => ReactNode;
}

export const STAGE: Column = { header: 'colStage', cell: (p) => <Stage status={p.status} /> };
export const TIER: Column = { header: 'colTier', cell: (p) => <TierLabel tier={p.tier} /> };
export const UPDATED: Column = { header: 'colUpdated', cell: (p) => <When iso={p.updatedAt} /> };

interface Props {
  caption: ReactNode;
  items: Proposal[];
  /** After the title, which is always first. */
  columns: Column[];
  rowClass?: (proposal: Proposal) => string | undefined;
}

export function ProposalTable({ caption, items, columns, rowClass }: Props) {
  const { t } = useI18n();
  return (
    <DataTable>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colTitle')}</th>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {t(c.header)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id} className={rowClass?.(p)}>
            <th scope="row">
              <Link href={`/proposals/${p.id}`}>{p.title}</Link>
            </th>
            {columns.map((c) => (
              <td key={c.header}>{c.cell(p)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
