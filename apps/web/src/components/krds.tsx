// KRDS's components as the console draws them: its markup and classes (npm krds-uiux, html/code/*.html) in
// React, with no KRDS script. Where KRDS's own script would open and close things (tabs, dialogs), React does.
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link } from '../app/router.js';
import { useI18n } from '../i18n/i18n.js';

type Tone = 'primary' | 'secondary' | 'gray' | 'danger' | 'warning' | 'success' | 'information';

/** html/code/badge.html */
export function Badge({ tone = 'gray', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`krds-badge bg-light-${tone}`}>{children}</span>;
}

/** html/code/breadcrumb.html: home first, the current page last (not a link). */
export function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <nav className="krds-breadcrumb-wrap" aria-label={t('breadcrumb')}>
      <ol className="breadcrumb">
        {trail.map((crumb, i) => (
          <li key={i} className={i === 0 ? 'home' : undefined}>
            {crumb.href && i < trail.length - 1 ? (
              <Link href={crumb.href} className="txt">
                {crumb.label}
              </Link>
            ) : (
              <span className="txt" aria-current={i === trail.length - 1 ? 'page' : undefined}>
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** html/code/step_indicator.html: the steps, those done, the current one (said to screen readers). */
export function StepIndicator({ steps, current }: { steps: string[]; current: number }) {
  const { t } = useI18n();
  return (
    <ol className="krds-step-wrap">
      {steps.map((label, i) => (
        <li key={label} className={i < current ? 'done' : i === current ? 'active' : undefined}>
          <span>
            {i === current && <em className="sr-only">{t('stepCurrent')} </em>}
            <i className="step">
              {i + 1}
              {t('stepUnit')}
            </i>
            <span className="step-tit">{label}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** A message box: KRDS colours a notice by its meaning; KRDS ships no inline box, so the frame is ours. */
export function Alert({
  tone,
  title,
  className,
  children,
}: {
  tone: 'danger' | 'success' | 'information';
  title?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`alert alert-${tone}${className ? ` ${className}` : ''}`}
      role={tone === 'danger' ? 'alert' : undefined}
      tabIndex={-1}
    >
      {title && <strong className="alert-title">{title}</strong>}
      {children}
    </div>
  );
}

/**
 * html/code/tab.html: a tab list with its panels (arrow keys move between tabs, as ARIA's pattern has it);
 * `initial` the one shown first (a shared link to a panel's page opens that panel).
 */
export function Tabs({
  label,
  tabs,
  initial = 0,
}: {
  label: string;
  tabs: { id: string; title: string; panel: ReactNode }[];
  initial?: number;
}) {
  const [selected, setSelected] = useState(initial);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (i: number) => {
    const next = (i + tabs.length) % tabs.length;
    setSelected(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="krds-tab-area">
      <div className="tab line">
        <ul role="tablist" aria-label={label}>
          {tabs.map((tab, i) => (
            <li key={tab.id} role="presentation" className={i === selected ? 'active' : undefined}>
              <button
                ref={(el) => void (refs.current[i] = el)}
                type="button"
                role="tab"
                id={`tab-${tab.id}`}
                className="btn-tab"
                aria-selected={i === selected}
                aria-controls={`panel-${tab.id}`}
                tabIndex={i === selected ? 0 : -1}
                onClick={() => setSelected(i)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight') select(i + 1);
                  if (e.key === 'ArrowLeft') select(i - 1);
                }}
              >
                {tab.title}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="tab-conts-wrap">
        {tabs.map((tab, i) => (
          <section
            key={tab.id}
            id={`panel-${tab.id}`}
            role="tabpanel"
            aria-labelledby={`tab-${tab.id}`}
            className={`tab-conts${i === selected ? ' active' : ''}`}
            hidden={i !== selected}
            tabIndex={0}
          >
            {tab.panel}
          </section>
        ))}
      </div>
    </div>
  );
}

/**
 * html/code/modal.html on the browser's own <dialog>: modal, focus kept inside, Escape closes, and the focus
 * goes back to the button that opened it.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={`krds-modal${open ? ' shown in' : ''}`} aria-labelledby={id} onClose={onClose}>
      <div className="modal-dialog">
        <div className="modal-content">
          <div className="modal-header">
            <h2 id={id} className="modal-title">
              {title}
            </h2>
          </div>
          <div className="modal-conts">{children}</div>
          <div className="modal-btn btn-wrap">{actions}</div>
          <button type="button" className="krds-btn medium icon btn-close" onClick={onClose}>
            <span className="sr-only">{t('close')}</span>
            <i className="svg-icon ico-popup-close" />
          </button>
        </div>
      </div>
    </dialog>
  );
}

/**
 * html/code/table.html. On a phone the rows become lists (styles.css): each cell is labelled with its
 * column's header here, after every render, so that the rows of any table read right without a header row.
 */
export function DataTable({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr'))
      [...row.children].forEach((cell, i) => headers[i] && cell.setAttribute('data-label', headers[i]));
  });
  return (
    <div className="krds-table-wrap stacked">
      <table ref={ref} className={`tbl col data${className ? ` ${className}` : ''}`}>
        {children}
      </table>
    </div>
  );
}
