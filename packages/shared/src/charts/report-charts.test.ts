import { describe, expect, it } from 'vitest';
import { wrapWords } from './report-charts.js';

describe('wrapWords', () => {
  it('breaks a long name between words, never inside one', () => {
    expect(wrapWords('Văn bản lãnh đạo, chỉ đạo đã ban hành, tham mưu', 32)).toBe(
      'Văn bản lãnh đạo, chỉ đạo đã ban\nhành, tham mưu',
    );
    expect(wrapWords('Mô hình "Dân vận khéo" đăng ký', 32)).toBe('Mô hình "Dân vận khéo" đăng ký');
    expect(wrapWords('Siêu-dài-một-từ-không-có-khoảng-trắng ngắn', 10)).toBe(
      'Siêu-dài-một-từ-không-có-khoảng-trắng\nngắn',
    );
  });
});
