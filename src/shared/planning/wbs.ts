/**
 * The work breakdown structure: packages as a tree (parentId + fractional position), numbered
 * 1, 1.2, 1.2.1 depth-first; PERT per package and sums per phase. Predecessors typed as WBS
 * numbers ("1.2; 2.1+3") are parsed and formatted here.
 */
import type { WorkPackage } from '../domain/planning';
import { byPosition } from '../ordering';
import { daysText, hundredths, packageDuration, packagePert } from './effort';
import type { PlanNote, WbsNode } from './types';

/** The package fields the WBS reads (deleted rows are skipped). */
export type WbsPackage = Pick<
  WorkPackage,
  | 'id'
  | 'parentId'
  | 'position'
  | 'name'
  | 'roleId'
  | 'team'
  | 'optimistic'
  | 'mostLikely'
  | 'pessimistic'
  | 'deliverables'
> & { deleted?: boolean };

/**
 * The WBS with its notes: a package whose parent is missing or deleted (or that sits in a loop
 * of parents after a merge) is shown at top level, after the others, with an 'orphan' note.
 */
export function buildWbs(packages: readonly WbsPackage[]): { nodes: WbsNode[]; notes: PlanNote[] } {
  const live = packages.filter((pkg) => pkg.deleted !== true);
  const byId = new Map(live.map((pkg) => [pkg.id, pkg]));
  const children = new Map<string, WbsPackage[]>();
  const roots: WbsPackage[] = [];
  for (const pkg of live) {
    if (pkg.parentId === '') {
      roots.push(pkg);
    } else {
      const siblings = children.get(pkg.parentId);
      if (siblings === undefined) children.set(pkg.parentId, [pkg]);
      else siblings.push(pkg);
    }
  }
  for (const list of children.values()) list.sort(byPosition);
  roots.sort(byPosition);

  const nodes: WbsNode[] = [];
  const notes: PlanNote[] = [];
  const placed = new Set<string>();
  const place = (top: WbsPackage, topNumber: number) => {
    // Iterative depth-first walk (a WBS of 1,000 packages must not exhaust the stack).
    const stack: { pkg: WbsPackage; wbs: string; depth: number; parentId: string }[] = [
      { pkg: top, wbs: String(topNumber), depth: 0, parentId: '' },
    ];
    while (stack.length > 0) {
      const { pkg, wbs, depth, parentId } = stack.pop()!;
      if (placed.has(pkg.id)) continue;
      placed.add(pkg.id);
      const kids = (children.get(pkg.id) ?? []).filter((kid) => !placed.has(kid.id));
      const pert = packagePert(pkg);
      nodes.push({
        id: pkg.id,
        wbs,
        depth,
        parentId,
        name: pkg.name,
        phase: kids.length > 0,
        roleId: pkg.roleId,
        team: pkg.team,
        optimistic: pkg.optimistic,
        mostLikely: pkg.mostLikely,
        pessimistic: pkg.pessimistic,
        expected: pert.expected,
        standardDeviation: pert.standardDeviation,
        duration: packageDuration(pert.expected, pkg.team),
        deliverables: pkg.deliverables,
        childIds: kids.map((kid) => kid.id),
      });
      for (let i = kids.length - 1; i >= 0; i -= 1) {
        stack.push({ pkg: kids[i]!, wbs: `${wbs}.${i + 1}`, depth: depth + 1, parentId: pkg.id });
      }
    }
  };
  roots.forEach((root, i) => place(root, i + 1));
  let topNumber = roots.length;
  // Orphans: parents gone first (in position order), then what is left (loops of parents).
  const orphans = live
    .filter((pkg) => pkg.parentId !== '' && !byId.has(pkg.parentId))
    .sort(byPosition);
  const rest = () => live.filter((pkg) => !placed.has(pkg.id)).sort(byPosition);
  for (const orphan of [...orphans, ...rest()]) {
    if (placed.has(orphan.id)) continue;
    topNumber += 1;
    place(orphan, topNumber);
    notes.push({
      kind: 'orphan',
      message: 'planning.notes.orphan',
      values: { packageId: orphan.id, name: orphan.name },
    });
  }
  sumPhases(nodes);
  return { nodes, notes };
}

/** Phases: Σ expected and √Σσ² of the packages below them (children come after their parent). */
function sumPhases(nodes: WbsNode[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const sums = new Map<string, { expected: number; variance: number }>();
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const node = nodes[i]!;
    if (!node.phase) continue;
    let expected = 0;
    let variance = 0;
    for (const childId of node.childIds) {
      const child = byId.get(childId)!;
      const sum = sums.get(childId);
      if (sum !== undefined) {
        expected += sum.expected;
        variance += sum.variance;
      } else {
        expected += hundredths(child.expected);
        variance += Number(child.standardDeviation) ** 2;
      }
    }
    sums.set(node.id, { expected, variance });
    node.expected = (expected / 100).toFixed(2);
    node.standardDeviation = daysText(Math.sqrt(variance));
    node.duration = 0;
  }
}

/** The WBS nodes depth-first by position (orphans at top level, after the others). */
export function wbsNodes(packages: readonly WbsPackage[]): WbsNode[] {
  return buildWbs(packages).nodes;
}

/** "1.2 Konzeption": a node's WBS number and name. */
export const wbsLabel = (node: Pick<WbsNode, 'wbs' | 'name'>): string => `${node.wbs} ${node.name}`;

export type PredecessorLink = { id: string; lagDays: number };

const TOKEN = /^(\d+(?:\.\d+)*)\s*(?:\+\s*(\d+))?$/;

/**
 * Reads predecessors typed as WBS numbers with an optional lag in working days: "1.2; 2.1+3"
 * (',' or ';' between them). Errors are i18n keys with the offending token: the format, an
 * unknown number, a phase, the package itself (`selfId`), a number given twice.
 */
export function parsePredecessors(
  text: string,
  nodes: readonly WbsNode[],
  selfId?: string,
): { ok: true; links: PredecessorLink[] } | { ok: false; error: string; token: string } {
  const byWbs = new Map(nodes.map((node) => [node.wbs, node]));
  const links: PredecessorLink[] = [];
  for (const raw of text.split(/[;,]/)) {
    const token = raw.trim();
    if (token === '') continue;
    const match = TOKEN.exec(token);
    if (match === null) return { ok: false, error: 'planning.validation.predecessorFormat', token };
    const node = byWbs.get(match[1]!);
    if (node === undefined) return { ok: false, error: 'planning.validation.unknownWbs', token };
    if (node.phase) return { ok: false, error: 'planning.validation.phaseLink', token };
    if (node.id === selfId) return { ok: false, error: 'planning.validation.selfLink', token };
    const lagDays = match[2] === undefined ? 0 : Number(match[2]);
    if (lagDays > 250) return { ok: false, error: 'planning.validation.lagDays', token };
    if (links.some((link) => link.id === node.id)) {
      return { ok: false, error: 'planning.validation.duplicateLink', token };
    }
    links.push({ id: node.id, lagDays });
  }
  return { ok: true, links };
}

/** Predecessors as WBS numbers in WBS order: "1.2; 2.1+3" (unknown ids are left out). */
export function formatPredecessors(
  links: readonly PredecessorLink[],
  nodes: readonly WbsNode[],
): string {
  const order = new Map(nodes.map((node, index) => [node.id, index]));
  return links
    .filter((link) => order.has(link.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((link) => {
      const wbs = nodes[order.get(link.id)!]!.wbs;
      return link.lagDays > 0 ? `${wbs}+${link.lagDays}` : wbs;
    })
    .join('; ');
}
