import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../http/content-disposition.js';
import { cleanFileName } from './file-name.js';

const bidiControls = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];

describe('cleanFileName', () => {
  it('strips the right-to-left override that disguises an executable as a PDF', () => {
    expect(cleanFileName('hồ-sơ\u202efdp.exe', 'tep')).toBe('hồ-sơfdp.exe');
  });

  it('strips every bidi control and control character, keeping Vietnamese in NFC', () => {
    for (const c of bidiControls) expect(cleanFileName(`báo${c}cáo.pdf`, 'tep')).toBe('báocáo.pdf');
    expect(cleanFileName('a\u0000b\u0007c\u001fd\u007fe\u0085f\u009f.docx', 'tep')).toBe('abcdef.docx');
    const decomposed = 'Quyết định.pdf'.normalize('NFD');
    expect(cleanFileName(decomposed, 'tep')).toBe('Quyết định.pdf'.normalize('NFC'));
  });

  it('turns path separators into underscores and falls back when nothing is left', () => {
    expect(cleanFileName('../../etc\\passwd', 'tep')).toBe('.._.._etc_passwd');
    expect(cleanFileName('\u202e\u2066\u0000', 'tep-dinh-kem')).toBe('tep-dinh-kem');
  });

  it('drops what undecodable bytes became, keeping the extension after the fallback name', () => {
    expect(cleanFileName('bi\ufffden-ban.pdf', 'tep')).toBe('bien-ban.pdf');
    expect(cleanFileName('\ufffd\ufffd\ufffd.pdf', 'tep')).toBe('tep.pdf');
    expect(cleanFileName('.hidden', 'tep')).toBe('tep.hidden');
  });
});

describe('contentDisposition', () => {
  it('never sends a bidi control, even for a name stored before names were cleaned', () => {
    const header = contentDisposition('hồ-sơ\u202efdp.exe');
    expect(header).toBe(`attachment; filename="ho-sofdp.exe"; filename*=UTF-8''${encodeURIComponent('hồ-sơfdp.exe')}`);
    expect(decodeURIComponent(header.split("''")[1])).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
  });
});
