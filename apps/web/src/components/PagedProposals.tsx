// A page of proposals from GET /api/proposals with its filters, sort and page in the URL, its total, and the
// links to the other pages: the department's list and the administrator's list of all.
import { get, type Proposal, query } from '../api/client.js';
import { useListQuery } from '../app/router.js';
import { Loaded, useLoad } from './common.js';
import { AwaitingFilter, DepartmentFilter, Filters, SortFilter, StageFilter, TierFilter } from './ListFilters.js';
import { ListTotal, Pager } from './Pager.js';
import { type Column, ProposalTable } from './ProposalTable.js';

const SIZE = 20;
const SORTS = ['updated', 'created', 'title'] as const;

interface Props {
  caption: string;
  columns: Column[];
  /** The administrator's list filters by department too. */
  byDepartment?: boolean;
  empty: string;
  rowClass?: (proposal: Proposal) => string | undefined;
}

export function PagedProposals({ caption, columns, byDepartment, empty, rowClass }: Props) {
  const list = useListQuery(['status', 'awaiting', 'tier', 'department', 'sort'] as const);
  const { status, awaiting, tier, department, sort } = list.values;
  const page = useLoad(
    () =>
      get<{ items: Proposal[]; total: number }>(
        `/api/proposals${query({ status, awaiting, tier, department, sort, limit: SIZE, offset: (list.page - 1) * SIZE })}`,
      ),
    [status, awaiting, tier, department, sort, list.page],
  );
  return (
    <>
      <Filters>
        <StageFilter id="f-status" value={status} onChange={list.set('status')} />
        <AwaitingFilter id="f-awaiting" value={awaiting} onChange={list.set('awaiting')} />
        <TierFilter id="f-tier" value={tier} onChange={list.set('tier')} />
        {byDepartment && <DepartmentFilter id="f-department" value={department} onChange={list.set('department')} />}
        <SortFilter id="f-sort" sorts={SORTS} value={sort} onChange={list.set('sort')} />
      </Filters>
      <Loaded state={page}>
        {({ items, total }) =>
          total === 0 ? (
            <p>{empty}</p>
          ) : (
            <>
              <ListTotal total={total} page={list.page} size={SIZE} />
              <ProposalTable caption={caption} items={items} columns={columns} rowClass={rowClass} />
              <Pager total={total} page={list.page} size={SIZE} hrefOf={list.hrefOf} label={caption} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
