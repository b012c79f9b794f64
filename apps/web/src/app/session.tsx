// Who is signed in: the bearer token (this tab's sessionStorage) and what its claims say. The API checks
// the token on every call; the console reads the claims only to choose pages and menus.
import { createContext, type ReactNode, useContext, useState } from 'react';

export type Role = 'department_manager' | 'foundation_expert' | 'ethics_officer' | 'admin';
export interface Session {
  token: string;
  id: string;
  name: string;
  roles: Role[];
  department: string;
}

const STORED = 'bareun.session';

export function sessionFromToken(token: string, rolesClaim = 'roles'): Session {
  const base64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))));
  const roles = rolesClaim.split('.').reduce((at: any, key) => at?.[key], payload);
  return {
    token,
    id: String(payload.sub),
    name: String(payload.name ?? payload.sub),
    roles: Array.isArray(roles) ? roles : [],
    department: String(payload.dept ?? ''),
  };
}

interface SessionState {
  session?: Session;
  signIn: (session: Session) => void;
  signOut: () => void;
}
const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => {
    const stored = sessionStorage.getItem(STORED);
    return stored ? (JSON.parse(stored) as Session) : undefined;
  });
  const signIn = (next: Session) => {
    sessionStorage.setItem(STORED, JSON.stringify(next));
    setSession(next);
  };
  const signOut = () => {
    sessionStorage.removeItem(STORED);
    setSession(undefined);
  };
  return <SessionContext.Provider value={{ session, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

export const hasRole = (session: Session | undefined, ...roles: Role[]) => roles.some((r) => session?.roles.includes(r));

/** Where each role starts: the home page (home/), which shows each of the person's roles its part. */
export function homeOf(session: Session | undefined): string {
  if (!session) return '/sign-in';
  if (hasRole(session, 'admin', 'department_manager', 'foundation_expert', 'ethics_officer')) return '/home';
  return '/register';
}
