import { useState } from 'react';
import { Button, Flex } from 'antd';
import { DragOutlined, EditOutlined, FileTextOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import type { UnitDetail } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { CreateUnitModal } from './CreateUnitModal';
import { RenameUnitModal } from './RenameUnitModal';
import { MoveUnitModal } from './MoveUnitModal';
import { CloseUnitModal } from './CloseUnitModal';
import { DocumentNamesModal } from './DocumentNamesModal';

type Dialog = 'create' | 'rename' | 'documentNames' | 'move' | 'close' | null;

/** The buttons the unit's abilities allow, each opening its form. */
export function UnitActions({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const { abilities } = unit;
  if (!abilities.createChild && !abilities.update && !abilities.move && !abilities.close) return null;

  return (
    <Flex gap={8} wrap>
      {abilities.createChild && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('create')}>
          {t('unit.addChild')}
        </Button>
      )}
      {abilities.update && (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('rename')}>
          {t('unit.rename')}
        </Button>
      )}
      {abilities.update && !unit.closedOn && (
        <Button
          icon={<FileTextOutlined aria-hidden />}
          onClick={() => setDialog('documentNames')}
          data-testid="unit-document-names"
        >
          {t('unit.documentNames')}
        </Button>
      )}
      {abilities.move && (
        <Button icon={<DragOutlined aria-hidden />} onClick={() => setDialog('move')}>
          {t('unit.move')}
        </Button>
      )}
      {abilities.close && (
        <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setDialog('close')}>
          {t('unit.close')}
        </Button>
      )}
      <CreateUnitModal parent={unit} open={dialog === 'create'} onClose={close} />
      <RenameUnitModal unit={unit} open={dialog === 'rename'} onClose={close} />
      <DocumentNamesModal unit={unit} open={dialog === 'documentNames'} onClose={close} />
      <MoveUnitModal unit={unit} open={dialog === 'move'} onClose={close} />
      <CloseUnitModal unit={unit} open={dialog === 'close'} onClose={close} />
    </Flex>
  );
}
