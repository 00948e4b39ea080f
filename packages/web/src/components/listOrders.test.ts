import { describe, expect, it } from 'vitest';
import { headerSort, orderAfterHeaderClick, orderOfHeader, orderOfSorter, type ListOrder } from './listOrders';

type Sort = '-heldOn' | 'heldOn' | 'title';
const orders: ListOrder<Sort>[] = [
  { value: '-heldOn', column: 'heldOn', order: 'descend' },
  { value: 'heldOn', column: 'heldOn', order: 'ascend' },
  { value: 'title', column: 'title', order: 'ascend' },
];

describe('a list order in the column headers', () => {
  it('makes a column sortable in the directions the server knows, showing the order in force', () => {
    expect(headerSort('heldOn', orders, '-heldOn')).toEqual({
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: 'descend',
    });
    expect(headerSort('title', orders, '-heldOn')).toEqual({
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: null,
    });
    expect(headerSort('kind', orders, '-heldOn')).toBeNull();
  });

  it('reads a header click back as the order for the address, the default when it cleared one', () => {
    expect(orderOfHeader(orders, '-heldOn', 'heldOn', 'ascend')).toBe('heldOn');
    expect(orderOfHeader(orders, '-heldOn', 'title', 'ascend')).toBe('title');
    expect(orderOfHeader(orders, '-heldOn', 'title', null)).toBe('-heldOn');
    expect(orderOfHeader(orders, '-heldOn', 'title', 'descend')).toBe('-heldOn');
  });

  it('reads the sorter antd hands back, one or several, the same way', () => {
    expect(orderOfSorter(orders, '-heldOn', { columnKey: 'title', order: 'ascend' })).toBe('title');
    expect(orderOfSorter(orders, '-heldOn', [{ columnKey: 'heldOn', order: 'ascend' }])).toBe('heldOn');
    expect(orderOfSorter(orders, '-heldOn', { columnKey: 'title', order: undefined })).toBe('-heldOn');
  });

  it("cycles a header click through the column's directions, then back to the default", () => {
    expect(orderAfterHeaderClick(orders, '-heldOn', 'heldOn', 'title')).toBe('-heldOn');
    expect(orderAfterHeaderClick(orders, '-heldOn', 'heldOn', '-heldOn')).toBe('heldOn');
    expect(orderAfterHeaderClick(orders, 'title', 'heldOn', 'heldOn')).toBe('title');
    expect(orderAfterHeaderClick(orders, '-heldOn', 'title', '-heldOn')).toBe('title');
    expect(orderAfterHeaderClick(orders, '-heldOn', 'title', 'title')).toBe('-heldOn');
  });
});
