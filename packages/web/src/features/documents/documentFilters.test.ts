import { describe, expect, it } from 'vitest';
import { effectiveSort, readListState, writeListState } from './documentFilters';
import { normalizeSymbolInput, symbolType, withSymbolType } from './documentSymbol';

describe('the register state in the address', () => {
  it('reads valid filters and round-trips them', () => {
    const address = 'q=dan+van&type=QĐ&topic=ethnic&unitId=4&from=2026-01-01&to=2026-12-31&sort=symbol&page=3&size=50';
    const state = readListState(new URLSearchParams(address));
    expect(state).toEqual({
      filters: {
        q: 'dan van',
        type: 'QĐ',
        topic: 'ethnic',
        unitId: 4,
        from: '2026-01-01',
        to: '2026-12-31',
        sort: 'symbol',
      },
      page: 3,
      pageSize: 50,
    });
    expect(readListState(writeListState(state))).toEqual(state);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const state = readListState(
      new URLSearchParams('type=XX&topic=x&unitId=-1&from=2026-02-30&to=yesterday&sort=title&page=0&size=7'),
    );
    expect(state).toEqual({ filters: { q: '' }, page: 1, pageSize: 20 });
    expect(writeListState(state).toString()).toBe('');
  });

  it('orders by relevance while searching and newest first otherwise, unless told', () => {
    expect(effectiveSort({ q: 'doi thoai' })).toBe('relevance');
    expect(effectiveSort({ q: ' ' })).toBe('-issuedOn');
    expect(effectiveSort({ q: 'doi thoai', sort: 'symbol' })).toBe('symbol');
  });
});

describe('number/symbol helpers', () => {
  it('finds the type a symbol names, in any letter case', () => {
    expect(symbolType('53-KH/BDVTU')).toBe('KH');
    expect(symbolType('12-ctr/BDVTU')).toBe('CTr');
    expect(symbolType('7-qđ/TU')).toBe('QĐ');
    expect(symbolType('53-XY/BDVTU')).toBeNull();
    expect(symbolType('53 KH')).toBeNull();
  });

  it('replaces the type part and keeps the rest as written', () => {
    expect(withSymbolType(' 053-KH/BDVTU ', 'BC')).toBe('053-BC/BDVTU');
    expect(withSymbolType('9-CTr/BDVTU', 'ĐA')).toBe('9-ĐA/BDVTU');
  });

  it('writes the issuer in capitals as it is typed', () => {
    expect(normalizeSymbolInput('53-KH/bdvtu')).toBe('53-KH/BDVTU');
    expect(normalizeSymbolInput('53-kh')).toBe('53-kh');
  });
});
