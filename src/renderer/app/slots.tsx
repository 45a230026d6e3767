import { createContext, Suspense, useContext, useMemo, type ReactNode } from 'react';
import type { Contribution, ModuleManifest, SlotName, SlotProps } from './module-types';

/**
 * Slots: a screen names a place ("client.detail") and every module whose manifest contributes
 * to it fills it, so areas embed each other without importing each other. The manifests come
 * from a provider at the root, so a screen never imports the module list (no import cycles).
 */
const SlotsContext = createContext<readonly ModuleManifest[]>([]);

export function SlotsProvider({
  modules,
  children,
}: {
  modules: readonly ModuleManifest[];
  children: ReactNode;
}) {
  return <SlotsContext.Provider value={modules}>{children}</SlotsContext.Provider>;
}

/** Every module's manifest, as the root provided them. */
export function useModules(): readonly ModuleManifest[] {
  return useContext(SlotsContext);
}

/** The contributions to a slot from every module, in their order. */
export function contributionsTo<S extends SlotName>(
  modules: readonly ModuleManifest[],
  slot: S,
): Contribution<S>[] {
  return modules
    .flatMap((module) => (module.contributes?.[slot] ?? []) as readonly Contribution<S>[])
    .slice()
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function useSlot<S extends SlotName>(slot: S): Contribution<S>[] {
  const modules = useModules();
  return useMemo(() => contributionsTo(modules, slot), [modules, slot]);
}

/** Renders every contribution to `name` with the slot's props. */
export function Slot<S extends SlotName>({ name, props }: { name: S; props: SlotProps[S] }) {
  const contributions = useSlot(name);
  return (
    <>
      {contributions.map(({ id, component: Component }) => (
        // Contributions are usually lazy: each loads on its own, without holding up the screen.
        <Suspense key={id} fallback={null}>
          <Component {...props} />
        </Suspense>
      ))}
    </>
  );
}
