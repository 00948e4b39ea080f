import { useEffect, useRef, useState } from 'react';
import { Col, Row } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { parseId } from '../../lib/parseId';
import { useIsPhone } from '../../lib/useIsPhone';
import { UnitTreePanel } from './UnitTreePanel';
import { UnitDetailPanel } from './UnitDetailPanel';
import { unitMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([unitMessages]);

/** /units/:id — the tree on the left (on top on phones), the selected unit on the right. */
export function UnitsPage() {
  const me = useMe();
  const params = useParams();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const selectedId = parseId(params.id);
  const [includeClosed, setIncludeClosed] = useState(false);
  const detailRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId === null) navigate(`/units/${me.scopeUnitId}`, { replace: true });
  }, [selectedId, me.scopeUnitId, navigate]);

  const select = (id: number) => {
    navigate(`/units/${id}`);
    if (isPhone) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10} xl={9}>
        <UnitTreePanel
          selectedId={selectedId}
          onSelect={select}
          includeClosed={includeClosed}
          onIncludeClosedChange={setIncludeClosed}
        />
      </Col>
      <Col xs={24} lg={14} xl={15} ref={detailRef}>
        {selectedId !== null && <UnitDetailPanel id={selectedId} />}
      </Col>
    </Row>
  );
}
