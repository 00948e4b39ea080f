import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { exportQuery, queryErrorsOnForm, recipientLines, toExportSettings } from './wordExportSettings';

describe('Word export settings', () => {
  it('stores empty fields as null and only the signature’s own fields', () => {
    const settings = toExportSettings({
      number: ' 03 ',
      date: '2026-09-20',
      signing: 'deputy',
      collectiveName: 'Ban Thường vụ',
      headTitle: ' Trưởng ban ',
      signerTitle: 'Phó Trưởng ban',
      signerName: '  ',
      recipients: [' Ban Dân vận Tỉnh ủy (b/c), ', '', undefined, 'Lưu VP.'],
    });
    expect(settings).toEqual({
      number: '03',
      date: '2026-09-20',
      signing: 'deputy',
      collectiveName: null,
      headTitle: 'Trưởng ban',
      signerTitle: 'Phó Trưởng ban',
      signerName: null,
      recipients: ['Ban Dân vận Tỉnh ủy (b/c),', 'Lưu VP.'],
    });
    expect(
      toExportSettings({ date: null, signing: 'collective', collectiveName: 'Ban Thường vụ', headTitle: 'Trưởng ban' }),
    ).toMatchObject({
      collectiveName: 'Ban Thường vụ',
      headTitle: null,
      recipients: [],
    });
  });

  it('asks the export with the given settings only', () => {
    const query = exportQuery(
      toExportSettings({ date: '2026-09-20', signing: 'direct', signerName: 'Trần Văn Đức', recipients: ['Lưu VP.'] }),
    );
    expect(Object.fromEntries(query)).toEqual({ date: '2026-09-20', signing: 'direct', signerName: 'Trần Văn Đức' });
  });

  it('starts "Nơi nhận" from the stored lines, or one empty line', () => {
    expect(recipientLines({ recipients: ['Lưu VP.'] })).toEqual(['Lưu VP.']);
    expect(recipientLines({ recipients: [] })).toEqual(['']);
  });

  it('puts the export’s query errors on the form’s fields', () => {
    const error = new ApiError(400, '/api/reports/1/export.docx', {
      error: {
        code: 'invalid_input',
        message: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
        fields: [{ path: 'query.signerName', vi: 'Cần ghi họ tên người ký', en: 'The signer is needed' }],
      },
    });
    const moved = queryErrorsOnForm(error);
    expect(moved).toBeInstanceOf(ApiError);
    expect((moved as ApiError).fields.map((field) => field.path)).toEqual(['body.signerName']);
    expect((moved as ApiError).status).toBe(400);
    const other = new TypeError('offline');
    expect(queryErrorsOnForm(other)).toBe(other);
  });
});
