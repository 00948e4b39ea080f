import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router-dom';
import { useI18n } from '../../lib/i18n';

const autosaveMs = 2000;

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'failed' };

/**
 * Keeps a long form's edits from being lost, like the report form: saves them a moment after typing stops,
 * asks before the tab is closed with changes, and on a link inside the app saves first, asking only when that
 * fails. `save` validates and sends the form; it resolves false when a field is invalid. `showInvalid` brings the
 * first invalid field into view when leaving is held up by it, so the question says which one.
 */
export function useAssessmentAutosave({
  enabled,
  save,
  showInvalid,
}: {
  enabled: boolean;
  save: () => Promise<boolean>;
  showInvalid: () => void;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  // The revision the server has; edits made while a save is on its way stay unsaved.
  const savedRevision = useRef(0);
  const [saved, setSaved] = useState(0);
  const latest = useRef(0);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  // Whether the last save stopped at an invalid field (rather than on the network), for the question on leaving.
  const invalid = useRef(false);
  const dirty = enabled && revision > saved;

  const flush = useCallback((): Promise<boolean> => {
    queue.current = queue.current.then(async () => {
      const sending = latest.current;
      if (sending === savedRevision.current) return true;
      setState({ kind: 'saving' });
      try {
        invalid.current = !(await save());
        if (invalid.current) {
          setState({ kind: 'invalid' });
          return false;
        }
        savedRevision.current = sending;
        setSaved(sending);
        setState(latest.current === sending ? { kind: 'saved', at: new Date() } : { kind: 'unsaved' });
        return latest.current === sending;
      } catch {
        invalid.current = false;
        setState({ kind: 'failed' });
        return false;
      }
    });
    return queue.current;
  }, [save]);

  /** Call on every change of the form's values. */
  const changed = useCallback(() => {
    latest.current += 1;
    setRevision(latest.current);
    setState({ kind: 'unsaved' });
  }, []);

  useEffect(() => {
    if (!dirty) return undefined;
    const timer = setTimeout(() => void flush(), autosaveMs);
    return () => clearTimeout(timer);
  }, [dirty, revision, flush]);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const blocker = useBlocker(dirty);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void flush().then((saved) => {
      if (saved) {
        blocker.proceed();
        return;
      }
      if (invalid.current) showInvalid();
      modal.confirm({
        title: t('democracy.leaveTitle'),
        content: t(invalid.current ? 'democracy.leaveInvalid' : 'democracy.leaveUnsaved'),
        okText: t('democracy.leave'),
        okButtonProps: { danger: true },
        cancelText: t('democracy.stay'),
        onOk: () => blocker.proceed(),
        onCancel: () => blocker.reset(),
      });
    });
  }, [blocker, flush, modal, t, showInvalid]);

  return { state, dirty, changed, flush };
}
