// A small history router: the console has a dozen pages, so a path matcher is all it needs.
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

const listeners = new Set<() => void>();

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
}

/** The current location; re-renders on navigate() and on the browser's back and forward. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

/** `/proposals/:id` against `/proposals/42` → {id: '42'}; undefined when it does not match. */
export function match(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name: string) => (names.push(name), '([^/]+)'))}/?$`);
  const found = regex.exec(path);
  return found ? Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])])) : undefined;
}

/** An ordinary link (keyboard, middle click and "open in new tab" work) that navigates in place. */
export function Link({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onClick} {...props} />;
}

/** `path?…` with the set values of `params` (empty ones left out): a link to a list as it is shown. */
function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const set = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return set.length ? `${path}?${new URLSearchParams(set.map(([k, v]) => [k, String(v)]))}` : path;
}

/**
 * A list's filters, sort and page, kept in the URL's query so a link shows the same list. A change of a filter
 * replaces the history entry and goes back to the first page; `hrefOf(page)` links to one page of it.
 */
export function useListQuery<K extends string>(keys: readonly K[], pageKey = 'page') {
  const { path, query } = useLocation();
  const values = Object.fromEntries(keys.map((k) => [k, query.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Math.floor(Number(query.get(pageKey))) || 1);
  const set = (key: K) => (value: string) => navigate(hrefWith(path, { ...values, [key]: value }), { replace: true });
  const hrefOf = (n: number) => hrefWith(path, { ...values, [pageKey]: n > 1 ? n : undefined });
  return { values, page, set, hrefOf };
}
