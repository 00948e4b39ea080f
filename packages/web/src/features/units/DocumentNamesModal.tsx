import { Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { abbreviationPattern, type UnitDetail } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../lib/i18n';
import { invalidateUnits, setUnitDocumentNames } from './api';
import { normalizeAbbreviation } from './documentNames';
import { useDerivedDocumentNames } from './useDerivedDocumentNames';

interface DocumentNamesForm {
  shortName?: string;
  abbreviation?: string;
}

/** "Tên trên văn bản": the short name and symbol abbreviation a unit signs documents with; empty fields go back to the derived ones. */
export function DocumentNamesModal({ unit, open, onClose }: { unit: UnitDetail; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const derived = useDerivedDocumentNames(unit);

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('unit.documentNamesTitle', { name: unit.name })}
      name="documentNames"
      initialValues={{ shortName: unit.shortName ?? undefined, abbreviation: unit.abbreviation ?? undefined }}
      submit={(values: DocumentNamesForm) =>
        setUnitDocumentNames(unit.id, {
          shortName: values.shortName?.trim() || null,
          abbreviation: values.abbreviation?.trim() ? normalizeAbbreviation(values.abbreviation) : null,
        })
      }
      onSuccess={() =>
        Promise.all([invalidateUnits(queryClient), queryClient.invalidateQueries({ queryKey: ['reports'] })])
      }
      successMessage={t('unit.documentNamesDone')}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('unit.documentNamesHint')}
      </Typography.Paragraph>
      <Form.Item label={t('unit.shortName')} name="shortName" extra={t('unit.shortNameExample')} rules={[{ max: 120 }]}>
        <Input placeholder={derived.shortName} maxLength={120} autoComplete="off" data-testid="unit-short-name" />
      </Form.Item>
      <Form.Item
        label={t('unit.abbreviation')}
        name="abbreviation"
        extra={t('unit.abbreviationExample')}
        normalize={(value: string) => value.toLocaleUpperCase('vi')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (value?.trim() && !abbreviationPattern.test(normalizeAbbreviation(value)))
                throw new Error(t('unit.abbreviationInvalid'));
            },
          },
        ]}
      >
        <Input
          placeholder={derived.abbreviation}
          maxLength={30}
          autoComplete="off"
          autoCapitalize="characters"
          data-testid="unit-abbreviation"
        />
      </Form.Item>
    </FormModal>
  );
}
