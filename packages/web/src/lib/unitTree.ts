import { foldVi, type Unit } from '@danvan/shared';

export interface UnitNode {
  unit: Unit;
  /** Folded name and code, for accent-insensitive matching. */
  key: string;
  children: UnitNode[];
}

export interface UnitForest {
  roots: UnitNode[];
  byId: Map<number, UnitNode>;
}

/** Flat list → tree via parentId; a unit whose parent is not in the list is a root. Keeps the server's order. */
export function buildForest(units: Unit[]): UnitForest {
  const byId = new Map<number, UnitNode>();
  for (const unit of units) {
    byId.set(unit.id, { unit, key: foldVi(`${unit.name} ${unit.code ?? ''}`), children: [] });
  }
  const roots: UnitNode[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId === null ? undefined : byId.get(node.unit.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots, byId };
}

/** Ids of the unit's ancestors that are present in the forest, nearest first. */
export function ancestorIds(forest: UnitForest, id: number): number[] {
  const ids: number[] = [];
  let parentId = forest.byId.get(id)?.unit.parentId ?? null;
  while (parentId !== null && forest.byId.has(parentId) && !ids.includes(parentId)) {
    ids.push(parentId);
    parentId = forest.byId.get(parentId)?.unit.parentId ?? null;
  }
  return ids;
}

export interface FilteredForest {
  roots: UnitNode[];
  /** Ancestors of the matches: to be expanded so every match shows. */
  expandedIds: number[];
  matchCount: number;
}

/**
 * Keeps the units whose name or code contains the query (accents ignored: "phuong 1" finds
 * "Phường 1"), their ancestors, and their own subtrees (collapsed) so a match can still be browsed.
 */
export function filterForest(forest: UnitForest, query: string): FilteredForest {
  const needle = foldVi(query);
  if (!needle) return { roots: forest.roots, expandedIds: [], matchCount: 0 };
  const expanded = new Set<number>();
  let matchCount = 0;

  const visit = (node: UnitNode): UnitNode | null => {
    const isMatch = node.key.includes(needle);
    if (isMatch) matchCount += 1;
    const children: UnitNode[] = [];
    let hasMatchBelow = false;
    for (const child of node.children) {
      const kept = visit(child);
      if (kept) {
        children.push(kept);
        hasMatchBelow = true;
      } else if (isMatch) {
        children.push(child);
      }
    }
    if (hasMatchBelow) expanded.add(node.unit.id);
    if (!isMatch && !hasMatchBelow) return null;
    return { ...node, children };
  };

  const roots = forest.roots.map(visit).filter((root): root is UnitNode => root !== null);
  return { roots, expandedIds: [...expanded], matchCount };
}
