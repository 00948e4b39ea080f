import { Col, DatePicker, Form, Input, Row, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_MOVEMENT_KIND, type MovementDetail, type MovementInput, type MovementSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnits, useUnitTypes } from '../../lib/units';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { buildForest, type UnitNode } from '../../lib/unitTree';
import { fetchMovement, movementKeys, saveMovement } from './api';
import { LoadingModal } from './LoadingModal';
import { useMovementKinds } from './useMovementKinds';

interface MovementForm {
  ownerUnitId: number;
  kind: string;
  name: string;
  description?: string;
  startOn: Dayjs;
  endOn?: Dayjs | null;
  participantUnitIds: number[];
}

interface TreeOption {
  value: number;
  title: string;
  children: TreeOption[];
}

const toOptions = (nodes: UnitNode[]): TreeOption[] =>
  nodes.map(({ unit, children }) => ({ value: unit.id, title: unit.name, children: toOptions(children) }));

function initialValues(
  movement: MovementDetail | undefined,
  ownerUnitId: number,
  areaChildren: number[],
): Partial<MovementForm> {
  if (!movement) {
    const year = dayjs().year();
    return {
      ownerUnitId,
      kind: DEFAULT_MOVEMENT_KIND,
      startOn: dayjs(`${year}-01-01`),
      endOn: dayjs(`${year}-12-31`),
      participantUnitIds: areaChildren,
    };
  }
  return {
    ownerUnitId: movement.ownerUnitId,
    kind: movement.kind,
    name: movement.name,
    description: movement.description,
    startOn: dayjs(movement.startOn),
    endOn: movement.endOn ? dayjs(movement.endOn) : null,
    participantUnitIds: movement.participants.map((p) => p.unitId),
  };
}

/**
 * "Phát động phong trào" (no `movement`) or "Sửa phong trào": the launching unit, the kind ("Dân vận
 * khéo" unless chosen otherwise: the reports count each kind's participation apart), name, period and the
 * units expected to take part — by default the wards and communes directly under the launching unit.
 */
export function MovementFormModal({
  movement,
  open,
  onClose,
}: {
  movement?: MovementSummary;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const units = useUnits();
  const types = useUnitTypes();
  const kinds = useMovementKinds();
  const [form] = Form.useForm<MovementForm>();
  const detail = useQuery({
    queryKey: movementKeys.detail(movement?.id ?? 0),
    queryFn: movement && open ? () => fetchMovement(movement.id) : skipToken,
  });
  const options = useMemo(() => toOptions(buildForest(units.data ?? []).roots), [units.data]);
  const areaChildrenOf = (ownerId: number) =>
    (units.data ?? [])
      .filter((unit) => unit.parentId === ownerId && types.byCode.get(unit.type)?.isArea)
      .map((unit) => unit.id);
  const waiting = units.isPending || types.isPending || kinds.isPending || (movement !== undefined && detail.isPending);
  const title = movement ? t('movements.editTitle', { name: movement.name }) : t('movements.add');
  if (waiting) return <LoadingModal open={open} title={title} onClose={onClose} />;

  return (
    <FormModal<MovementForm, MovementSummary>
      open={open}
      onClose={onClose}
      name={movement ? 'editMovement' : 'createMovement'}
      title={title}
      width={680}
      form={form}
      initialValues={initialValues(detail.data, me.scopeUnitId, areaChildrenOf(me.scopeUnitId))}
      onValuesChange={(changed: Partial<MovementForm>) => {
        if (changed.ownerUnitId) form.setFieldValue('participantUnitIds', areaChildrenOf(changed.ownerUnitId));
      }}
      submit={(values): Promise<MovementSummary> => {
        const input: MovementInput = {
          ownerUnitId: values.ownerUnitId,
          kind: values.kind,
          name: values.name.trim(),
          description: (values.description ?? '').trim(),
          startOn: toIsoDate(values.startOn),
          endOn: values.endOn ? toIsoDate(values.endOn) : null,
          participantUnitIds: values.participantUnitIds ?? [],
        };
        return saveMovement(input, movement?.id);
      }}
      onSuccess={() => queryClient.invalidateQueries({ queryKey: movementKeys.all })}
      successMessage={(saved) =>
        movement ? t('movements.updatedDone') : t('movements.createdDone', { name: saved.name })
      }
    >
      <Form.Item
        label={t('movements.owner')}
        name="ownerUnitId"
        rules={[{ required: true, message: t('movements.ownerRequired') }]}
      >
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item
        label={t('movements.kind')}
        name="kind"
        extra={t('movements.kindHint')}
        rules={[{ required: true, message: t('movements.kindRequired') }]}
      >
        <Select options={kinds.options} />
      </Form.Item>
      <Form.Item
        label={t('movements.name')}
        name="name"
        rules={[{ required: true, whitespace: true, max: 300, message: t('movements.nameRequired') }]}
      >
        <Input placeholder={t('movements.namePlaceholder')} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('movements.description')} name="description" rules={[{ max: 10_000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('movements.startOn')}
            name="startOn"
            rules={[{ required: true, message: t('common.dateRequired') }]}
          >
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('movements.endOn')}
            name="endOn"
            dependencies={['startOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const start: Dayjs | undefined = getFieldValue('startOn');
                  return value && start && value.isBefore(start, 'day')
                    ? Promise.reject(new Error(t('movements.endBeforeStart')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format={dateFormat} style={{ width: '100%' }} allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('movements.participants')} name="participantUnitIds" extra={t('movements.participantsHint')}>
        <TreeSelect<number[], TreeOption>
          treeData={options}
          multiple
          showSearch={{ filterTreeNode: (input, node) => foldIncludes(node.title, input) }}
          maxTagCount="responsive"
          listHeight={320}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
