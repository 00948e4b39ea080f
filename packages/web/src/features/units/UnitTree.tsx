import { useMemo, useState } from 'react';
import { Empty, Tree } from 'antd';
import { MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { foldVi, type Unit } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { ancestorIds, filterForest, type UnitForest, type UnitNode } from '../../lib/unitTree';
import { UnitTreeTitle } from './UnitTreeTitle';

interface TreeItem {
  key: number;
  unit: Unit;
  matched: boolean;
  children: TreeItem[];
}

function toItems(nodes: UnitNode[], needle: string): TreeItem[] {
  return nodes.map((node) => ({
    key: node.unit.id,
    unit: node.unit,
    matched: needle !== '' && node.key.includes(needle),
    children: toItems(node.children, needle),
  }));
}

/** The roots, and below them every only child, so a single branch opens down to where it forks. */
function initiallyExpanded(forest: UnitForest): number[] {
  const ids: number[] = [];
  for (const root of forest.roots) {
    let node: UnitNode | undefined = root;
    while (node) {
      ids.push(node.unit.id);
      node = node.children.length === 1 ? node.children[0] : undefined;
    }
  }
  return ids;
}

interface Props {
  forest: UnitForest;
  query: string;
  selectedId: number | null;
  onSelect: (id: number) => void;
  height: number;
}

/** The unit tree, filtered by the query, with matches' ancestors and the selection's ancestors expanded. */
export function UnitTree({ forest, query, selectedId, onSelect, height }: Props) {
  const { t } = useI18n();
  const filtered = useMemo(() => filterForest(forest, query), [forest, query]);
  const needle = useMemo(() => foldVi(query), [query]);
  const items = useMemo(() => toItems(filtered.roots, needle), [filtered, needle]);
  const withSelection = (ids: number[]) => {
    if (selectedId === null) return ids;
    const missing = ancestorIds(forest, selectedId).filter((id) => !ids.includes(id));
    return missing.length ? [...ids, ...missing] : ids;
  };
  const [expanded, setExpanded] = useState<number[]>(() =>
    withSelection(query ? filtered.expandedIds : initiallyExpanded(forest)),
  );
  // A new search opens its matches' ancestors, a new selection its own; adjusted while rendering, not in effects.
  const [shown, setShown] = useState({ filtered, forest, selectedId });
  if (shown.filtered !== filtered || shown.forest !== forest || shown.selectedId !== selectedId) {
    setShown({ filtered, forest, selectedId });
    let next = shown.filtered !== filtered && query ? filtered.expandedIds : expanded;
    if (shown.forest !== forest || shown.selectedId !== selectedId) next = withSelection(next);
    if (next !== expanded) setExpanded(next);
  }

  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query ? t('units.noMatch') : t('units.empty')} />;
  }

  return (
    <Tree<TreeItem>
      treeData={items}
      blockNode
      showLine={{ showLeafIcon: false }}
      switcherIcon={({ expanded }) =>
        expanded ? <MinusSquareOutlined aria-hidden /> : <PlusSquareOutlined aria-hidden />
      }
      height={height}
      expandedKeys={expanded}
      autoExpandParent={false}
      onExpand={(keys) => setExpanded(keys.map(Number))}
      selectedKeys={selectedId === null ? [] : [selectedId]}
      onSelect={(_, info) => onSelect(info.node.unit.id)}
      titleRender={(item) => <UnitTreeTitle unit={item.unit} matched={item.matched} />}
    />
  );
}
