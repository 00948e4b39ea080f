import { describe, expect, it } from 'vitest';
import { abbreviationPattern, issuerAbbreviation, shortPlace } from '@danvan/shared';
import { derivedDocumentNames, normalizeAbbreviation } from './documentNames';

describe('names on documents', () => {
  it('takes the place out of an area name', () => {
    expect(shortPlace('Thành phố Sơn Hà')).toBe('Sơn Hà');
    expect(shortPlace('Huyện Đống Đa')).toBe('Đống Đa');
    expect(shortPlace('Phường 1')).toBeNull();
    expect(shortPlace('Ban Dân vận')).toBe('Ban Dân vận');
  });

  it('abbreviates by initials, without "và", keeping numbers and dropping accents', () => {
    expect(issuerAbbreviation('Ban Dân vận Thành ủy')).toBe('BDVTU');
    expect(issuerAbbreviation('Ban Tuyên giáo và Dân vận Tỉnh ủy')).toBe('BTGDVTU');
    expect(issuerAbbreviation('Khối dân vận Phường 1')).toBe('KDVP1');
    expect(issuerAbbreviation('Đảng ủy xã')).toBe('ĐUX');
  });

  it('derives the short name under the superior body and the abbreviation without the place', () => {
    expect(
      derivedDocumentNames({
        name: 'Ban Dân vận Thành ủy Sơn Hà',
        areaName: 'Thành phố Sơn Hà',
        siblingNames: ['Thành ủy Sơn Hà', 'Ban Dân vận Thành ủy Sơn Hà', 'Ủy ban Mặt trận Tổ quốc thành phố Sơn Hà'],
      }),
    ).toEqual({ shortName: 'Ban Dân vận', abbreviation: 'BDVTU' });
    expect(
      derivedDocumentNames({ name: 'Khối dân vận Phường 1', areaName: 'Phường 1', siblingNames: ['Đảng ủy Phường 1'] }),
    ).toEqual({
      shortName: 'Khối dân vận',
      abbreviation: 'KDVP1',
    });
    expect(derivedDocumentNames({ name: 'Phường 1', areaName: null, siblingNames: [] })).toEqual({
      shortName: 'Phường 1',
      abbreviation: 'P1',
    });
  });

  it('upper-cases an abbreviation as the server stores it', () => {
    expect(normalizeAbbreviation(' bdvtu ')).toBe('BDVTU');
    expect(abbreviationPattern.test(normalizeAbbreviation('đuP1'))).toBe(true);
    expect(abbreviationPattern.test('BD VTU')).toBe(false);
    expect(abbreviationPattern.test('-BDV')).toBe(false);
  });
});
