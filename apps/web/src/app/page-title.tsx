// The name of the page as it stands: the route's (routes.tsx) unless the page names itself (a proposal's
// page by its title). App writes it into the document's title, the breadcrumbs and the announcement.
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

const PageTitleContext = createContext<(title: string | undefined) => void>(() => {});

export function PageTitleProvider({ set, children }: { set: (title: string | undefined) => void; children: ReactNode }) {
  return <PageTitleContext.Provider value={set}>{children}</PageTitleContext.Provider>;
}

/** This page's own name, while it is shown. */
export function usePageTitle(title: string | undefined): void {
  const set = useContext(PageTitleContext);
  useEffect(() => {
    set(title);
    return () => set(undefined);
  }, [title, set]);
}

export function useNamedTitle(): [string | undefined, (title: string | undefined) => void] {
  return useState<string | undefined>();
}
