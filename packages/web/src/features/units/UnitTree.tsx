import { useEffect, useMemo, useState } from 'react';
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
  const [expanded, setExpanded] = useState<number[]>(() => initiallyExpanded(forest));

  useEffect(() => {
    if (query) setExpanded(filtered.expandedIds);
  }, [query, filtered]);

  useEffect(() => {
    if (selectedId === null) return;
    const needed = ancestorIds(forest, selectedId);
    setExpanded((current) => {
      const missing = needed.filter((id) => !current.includes(id));
      return missing.length ? [...current, ...missing] : current;
    });
  }, [forest, selectedId]);

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
