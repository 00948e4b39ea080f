import { Alert, Button } from 'antd';
import type { DocumentType } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { typeOptionLabel } from './documentLabels';
import { symbolType, withSymbolType } from './documentSymbol';

interface Props {
  symbol: string | undefined;
  type: DocumentType | undefined;
  /** Which of the two the user changed last: the other one is offered for correction. */
  changed: 'type' | 'symbol' | null;
  onFixSymbol: (symbol: string) => void;
  onFixType: (type: DocumentType) => void;
}

/**
 * When the symbol's type part and the chosen type disagree: after a change of type, offers the
 * symbol with the new type; after typing a symbol, offers the type the symbol names.
 */
export function SymbolTypeMismatch({ symbol, type, changed, onFixSymbol, onFixType }: Props) {
  const { t, lang } = useI18n();
  const inSymbol = symbolType(symbol);
  if (!symbol || !type || !inSymbol || !changed || inSymbol === type) return null;
  const fixedSymbol = withSymbolType(symbol, type);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('document.symbolTypeDiffers', { symbolType: inSymbol, type })}
      action={
        changed === 'type' ? (
          <Button size="small" onClick={() => onFixSymbol(fixedSymbol)}>
            {t('document.fixSymbol', { symbol: fixedSymbol })}
          </Button>
        ) : (
          <Button size="small" onClick={() => onFixType(inSymbol)}>
            {t('document.fixType', { type: typeOptionLabel(inSymbol, lang) })}
          </Button>
        )
      }
    />
  );
}
