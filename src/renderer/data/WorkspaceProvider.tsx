import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Repositories } from './repositories';
import type { Workspace } from './workspace';

const WorkspaceContext = createContext<Workspace | undefined>(undefined);

/** Makes an open workspace available to the hooks below it. */
export function WorkspaceProvider({ value, children }: { value: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The open workspace; throws outside a WorkspaceProvider. */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside a WorkspaceProvider');
  return workspace;
}

/** The repositories of the open workspace. */
export function useRepos(): Repositories {
  return useWorkspace().repos;
}
