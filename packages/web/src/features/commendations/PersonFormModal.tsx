import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import type { PersonDetail } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { fetchAwardTypes, ktKeys, savePerson } from './api';
import { EditableRows } from './EditableRows';

interface PeriodValues {
  position?: string;
  from?: Dayjs | null;
  to?: Dayjs | null;
  ongoing?: boolean;
  partTime?: boolean;
  difficultArea?: boolean;
  massMobilization?: boolean;
}

interface Values {
  unitId: number;
  fullName: string;
  birthYear?: number | null;
  position?: string;
  deceased?: boolean;
  periods?: PeriodValues[];
  awards?: { awardTypeId?: number; decision?: string; awardedOn?: Dayjs | null }[];
  disciplines?: { form?: string; decidedOn?: Dayjs | null }[];
}

const day = (iso: string | null) => (iso ? dayjs(iso) : null);

/** Adds or edits a person of the register with their service periods (dates may be left empty: unknown). */
export function PersonFormModal({
  open,
  onClose,
  person,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  person: PersonDetail | null;
  onSaved: (saved: PersonDetail) => unknown;
}) {
  const { t } = useI18n();
  const me = useMe();
  const types = useQuery({ queryKey: ktKeys.awardTypes, queryFn: fetchAwardTypes, enabled: open });
  const initialValues: Partial<Values> = person
    ? {
        unitId: person.unitId,
        fullName: person.fullName,
        birthYear: person.birthYear,
        position: person.position,
        deceased: person.deceased,
        periods: person.periods.map((p) => ({
          position: p.position,
          from: day(p.from),
          to: day(p.to),
          ongoing: p.ongoing,
          partTime: !p.fullTime,
          difficultArea: p.difficultArea,
          massMobilization: p.massMobilization,
        })),
        awards: person.awards.map((a) => ({
          awardTypeId: a.awardTypeId,
          decision: a.decision,
          awardedOn: day(a.awardedOn),
        })),
        disciplines: person.disciplines.map((d) => ({ form: d.form, decidedOn: day(d.decidedOn) })),
      }
    : { unitId: me.unitId, periods: [{ massMobilization: true }] };
  return (
    <FormModal<Values, PersonDetail>
      open={open}
      onClose={onClose}
      title={person ? person.fullName : t('kt.addPerson')}
      name="person"
      width={720}
      initialValues={initialValues}
      submit={(v) =>
        savePerson(person?.id ?? null, {
          unitId: v.unitId,
          fullName: v.fullName,
          birthYear: v.birthYear ?? null,
          gender: person?.gender ?? null,
          position: v.position ?? '',
          deceased: v.deceased ?? false,
          deceasedOn: person?.deceasedOn ?? null,
          periods: (v.periods ?? []).map((p) => ({
            position: p.position ?? '',
            workplace: '',
            from: p.from ? toIsoDate(p.from) : null,
            to: p.to && !p.ongoing ? toIsoDate(p.to) : null,
            ongoing: p.ongoing ?? false,
            fullTime: !p.partTime,
            difficultArea: p.difficultArea ?? false,
            massMobilization: p.massMobilization ?? false,
          })),
          // Rows left without an award or a form are dropped rather than refused.
          awards: (v.awards ?? []).flatMap((a) =>
            a.awardTypeId
              ? [
                  {
                    awardTypeId: a.awardTypeId,
                    decision: a.decision ?? '',
                    awardedOn: a.awardedOn ? toIsoDate(a.awardedOn) : null,
                  },
                ]
              : [],
          ),
          disciplines: (v.disciplines ?? []).flatMap((d) =>
            d.form?.trim() ? [{ form: d.form, decidedOn: d.decidedOn ? toIsoDate(d.decidedOn) : null }] : [],
          ),
        })
      }
      onSuccess={onSaved}
    >
      <Form.Item name="unitId" label={t('kt.unit')} rules={[{ required: true, message: t('kt.required') }]}>
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="fullName" label={t('kt.fullName')} rules={[{ required: true, message: t('kt.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="birthYear"
        label={t('kt.birthYear')}
        rules={numberViRules(t, { integer: true, min: 1900, max: new Date().getFullYear(), plain: true })}
      >
        <NumberInputVi integer plain />
      </Form.Item>
      <Form.Item name="position" label={t('kt.position')}>
        <Input />
      </Form.Item>
      <Form.Item name="deceased" valuePropName="checked">
        <Checkbox>{t('kt.deceased')}</Checkbox>
      </Form.Item>
      <EditableRows<PeriodValues>
        name="periods"
        title={t('kt.periods')}
        addLabel={t('kt.addPeriod')}
        removeLabel={t('kt.removePeriod')}
        newRow={{ massMobilization: true }}
        divided
      >
        {(row) => (
          <>
            <Form.Item name={[row.name, 'position']} label={t('kt.position')} style={{ marginBottom: 0 }}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name={[row.name, 'from']} label={t('kt.from')} style={{ marginBottom: 0 }}>
              <DatePicker format={dateFormat} />
            </Form.Item>
            <Form.Item name={[row.name, 'to']} label={t('kt.to')} style={{ marginBottom: 0 }}>
              <DatePicker format={dateFormat} />
            </Form.Item>
            {(['ongoing', 'partTime', 'difficultArea', 'massMobilization'] as const).map((flag) => (
              <Form.Item key={flag} name={[row.name, flag]} valuePropName="checked" style={{ marginBottom: 0 }}>
                <Checkbox>{t(`kt.${flag}`)}</Checkbox>
              </Form.Item>
            ))}
          </>
        )}
      </EditableRows>
      <EditableRows
        name="awards"
        title={t('kt.priorAwards')}
        addLabel={t('kt.addPriorAward')}
        removeLabel={t('kt.removeRow')}
      >
        {(row) => (
          <>
            <Form.Item name={[row.name, 'awardTypeId']} noStyle>
              <Select
                aria-label={`${t('kt.priorAward')} ${row.number}`}
                placeholder={t('kt.priorAward')}
                style={{ width: 260 }}
                options={(types.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
              />
            </Form.Item>
            <Form.Item name={[row.name, 'decision']} noStyle>
              <Input
                aria-label={`${t('kt.priorAwardDecision')} ${row.number}`}
                placeholder={t('kt.priorAwardDecision')}
                style={{ width: 160 }}
              />
            </Form.Item>
            <Form.Item name={[row.name, 'awardedOn']} noStyle>
              <DatePicker format={dateFormat} aria-label={`${t('kt.priorAwardDate')} ${row.number}`} />
            </Form.Item>
          </>
        )}
      </EditableRows>
      <EditableRows
        name="disciplines"
        title={t('kt.disciplines')}
        addLabel={t('kt.addDiscipline')}
        removeLabel={t('kt.removeRow')}
      >
        {(row) => (
          <>
            <Form.Item name={[row.name, 'form']} noStyle>
              <Input
                aria-label={`${t('kt.disciplineForm')} ${row.number}`}
                placeholder={t('kt.disciplineForm')}
                style={{ width: 260 }}
              />
            </Form.Item>
            <Form.Item name={[row.name, 'decidedOn']} noStyle>
              <DatePicker format={dateFormat} aria-label={`${t('kt.disciplineDate')} ${row.number}`} />
            </Form.Item>
          </>
        )}
      </EditableRows>
    </FormModal>
  );
}
