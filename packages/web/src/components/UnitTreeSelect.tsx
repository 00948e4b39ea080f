import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { foldIncludes } from '../lib/foldIncludes';
import { buildForest, type UnitNode } from '../lib/unitTree';
import { useUnits } from '../lib/units';

interface Option {
  value: number;
  title: string;
  disabled: boolean;
  children: Option[];
}

function toOptions(nodes: UnitNode[], excludedPath: string | undefined): Option[] {
  return nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: unit.name,
    disabled: excludedPath !== undefined && (unit.path === excludedPath || unit.path.startsWith(`${excludedPath}.`)),
    children: toOptions(children, excludedPath),
  }));
}

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Disables this unit path and its subtree (a unit cannot move under itself). */
  excludeSubtreeOf?: string;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  /** The accessible name where no form label names the field; a filter bar's placeholder by default. */
  'aria-label'?: string;
}

/** Picks one open unit from the account's scope; searches without accents. */
export function UnitTreeSelect({
  value,
  onChange,
  excludeSubtreeOf,
  placeholder,
  allowClear,
  id,
  'aria-label': ariaLabel = placeholder,
}: Props) {
  const units = useUnits();
  const forest = useMemo(() => buildForest(units.data ?? []), [units.data]);
  const options = useMemo(() => toOptions(forest.roots, excludeSubtreeOf), [forest, excludeSubtreeOf]);

  return (
    <TreeSelect<number, Option>
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      treeData={options}
      loading={units.isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ filterTreeNode: (input, node) => foldIncludes(node.title, input) }}
      treeDefaultExpandedKeys={forest.roots.map((root) => root.unit.id)}
      listHeight={320}
      style={{ width: '100%' }}
    />
  );
}
