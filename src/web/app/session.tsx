import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiProblem, onUnauthorized } from '../api/client.js';
import type { Me, Status } from '../api/types.js';

/** The session as the shell sees it. */
export type SessionState =
  { kind: 'loading' } | { kind: 'signed-out'; reason?: 'expired' } | { kind: 'signed-in'; me: Me };

/** Session and deployment status, from `useSession()`. */
export interface Session {
  state: SessionState;
  /** `GET /api/v1/status`; undefined until answered. */
  status: Status | undefined;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Loads the status and the current user, and keeps the session state. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    api<Status>('GET', 'status').then(setStatus, () => setStatus(undefined));
    api<Me>('GET', 'auth/me').then(
      (me) => setState({ kind: 'signed-in', me }),
      () => setState({ kind: 'signed-out' }),
    );
    return onUnauthorized(() => setState({ kind: 'signed-out', reason: 'expired' }));
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const me = await api<Me>('POST', 'auth/login', { username, password });
    setState({ kind: 'signed-in', me });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api<void>('POST', 'auth/logout');
    } catch (error) {
      // The cookie is cleared by the server; a failed call still ends the session here.
      if (!(error instanceof ApiProblem)) throw error;
    }
    setState({ kind: 'signed-out' });
  }, []);

  return (
    <SessionContext.Provider value={{ state, status, signIn, signOut }}>{children}</SessionContext.Provider>
  );
}

/** The session and deployment status. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useMe while signed out');
  return state.me;
}
