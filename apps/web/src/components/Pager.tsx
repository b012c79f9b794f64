// A list's total and its pages, in KRDS's pagination markup (krds-pagination, page-navi, page-link): each page a
// link with its filters, so it can be shared, opened in a new tab, and followed with the keyboard.
import { Link } from '../app/router.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  total: number;
  page: number;
  size: number;
  hrefOf: (page: number) => string;
  /** What the list is, for the navigation's name (two lists on one page need two names). */
  label: string;
}

/** The pages shown: the first, the last, and two on each side of the current one; null for a gap. */
function pagesAround(page: number, last: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, last])]
    .filter((n) => n >= 1 && n <= last)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
}

/** "1–20 of 123" above a list: announced when a page or a filter changes it. */
export function ListTotal({ total, page, size }: Pick<Props, 'total' | 'page' | 'size'>) {
  const { t } = useI18n();
  const from = total === 0 ? 0 : Math.min((page - 1) * size + 1, total);
  const to = Math.min(page * size, total);
  const range = t('pageRange')
    .replace('{total}', total.toLocaleString())
    .replace('{from}', String(from))
    .replace('{to}', String(to));
  return (
    <p className="list-total" role="status">
      {range}
    </p>
  );
}

/** The links to the list's pages, below it; nothing when it has one page. */
export function Pager({ total, page, size, hrefOf, label }: Props) {
  const { t } = useI18n();
  const last = Math.max(1, Math.ceil(total / size));
  if (last === 1) return null;
  return (
    <nav aria-label={`${label} ${t('pageNav')}`}>
      <div className="krds-pagination">
        {page > 1 ? (
          <Link className="page-navi prev" href={hrefOf(page - 1)}>
            {t('pagePrev')}
          </Link>
        ) : (
          <span className="page-navi prev disabled">{t('pagePrev')}</span>
        )}
        <div className="page-links">
          {pagesAround(page, last).map((n, i) =>
            n === null ? (
              <span key={`gap-${i}`} className="page-link link-dot" aria-hidden="true">
                …
              </span>
            ) : (
              <Link
                key={n}
                className={n === page ? 'page-link active' : 'page-link'}
                href={hrefOf(n)}
                aria-current={n === page ? 'page' : undefined}
              >
                {n === page && <span className="sr-only visually-hidden">{t('pageCurrent')} </span>}
                {n}
              </Link>
            ),
          )}
        </div>
        {page < last ? (
          <Link className="page-navi next" href={hrefOf(page + 1)}>
            {t('pageNext')}
          </Link>
        ) : (
          <span className="page-navi next disabled">{t('pageNext')}</span>
        )}
      </div>
    </nav>
  );
}
