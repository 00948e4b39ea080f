import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  checkNumberVi,
  narrativeSections,
  type NarrativeSection,
  type ReportIndicatorRow,
  type ReportView,
  type SaveReportInput,
} from '@danvan/shared';
import { ApiError } from '../../lib/api';
import { useI18n, type Translate } from '../../lib/i18n';
import { numberViMessage } from '../../components/NumberInputVi';
import { reportKeys, saveReport } from './api';

const autosaveMs = 1500;
/** A figure is a count or an amount: never negative, and within what the database keeps. */
const figureBounds = { min: 0, max: 1e12 };
const figureFields = ['value', 'denominator', 'adjustReason'] as const;
type FigureField = (typeof figureFields)[number];

/** The unit's own figure of an indicator as the form holds it. */
export interface OwnEdit {
  value: number | null;
  denominator: number | null;
  adjustReason: string | null;
}

export type FieldMessages = Partial<Record<FigureField, string>>;

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

/** A change not yet saved; `rev` tells whether it changed again while a save was on its way. */
interface Pending<T> {
  data: T;
  rev: number;
}

export interface ReportDraft {
  figure: (row: ReportIndicatorRow) => OwnEdit;
  setFigure: (row: ReportIndicatorRow, patch: Partial<OwnEdit>) => void;
  narrative: (section: NarrativeSection) => string;
  setNarrative: (section: NarrativeSection, text: string) => void;
  /** Puts a draft written from the figures into its sections; its `basis` goes with the next save. */
  insertNarrativeDraft: (sections: Partial<Record<NarrativeSection, string>>, basis: string) => void;
  /** A draft's basis waits to be saved: the server does not know yet that the text matches the figures. */
  basisPending: boolean;
  /** Server errors of the last save, and what still keeps a figure from being saved. */
  issues: (code: string) => { errors: FieldMessages; warnings: FieldMessages };
  narrativeError: (section: NarrativeSection) => string | undefined;
  state: SaveState;
  /** Changes not saved yet, and how many of them wait for the user (a reason, a total). */
  unsaved: number;
  waiting: number;
  /** Saves everything now; false when something could not be saved. */
  flush: () => Promise<boolean>;
}

const isAdjusted = (row: ReportIndicatorRow, edit: OwnEdit) =>
  row.indicator.computedKey !== null && row.own.computedValue !== null && edit.value !== row.own.computedValue;

/** What keeps a figure from being saved yet, mirroring the server's checks. */
function waitingFor(row: ReportIndicatorRow, edit: OwnEdit, t: Translate): FieldMessages | null {
  for (const field of ['value', 'denominator'] as const) {
    const typed = edit[field];
    const error = typed === null ? null : checkNumberVi(typed, figureBounds);
    if (error) return { [field]: numberViMessage(t, error, figureBounds) };
  }
  if (isAdjusted(row, edit) && !edit.adjustReason?.trim()) return { adjustReason: t('report.adjustReasonRequired') };
  if (
    row.indicator.aggregation === 'coverage' &&
    edit.value !== null &&
    (edit.denominator === null || edit.denominator < edit.value)
  ) {
    return { denominator: t('report.coverageTotalInvalid') };
  }
  return null;
}

function toInput(row: ReportIndicatorRow, edit: OwnEdit): SaveReportInput['values'][number] {
  return {
    code: row.indicator.code,
    value: edit.value,
    ...(row.indicator.aggregation === 'coverage' ? { denominator: edit.denominator } : {}),
    // A computed figure changed by hand needs its reason; any other figure may carry an explanation of a large change.
    ...(isAdjusted(row, edit) || (edit.adjustReason ?? null) !== (row.own.adjustReason ?? null)
      ? { adjustReason: edit.adjustReason?.trim() || null }
      : {}),
  };
}

const valuesPath = /^body\.values\.(\d+)\.(\w+)$/;
const narrativePath = /^body\.narrative\.(\w+)$/;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

/**
 * The editable state of a report: figures and narrative changed by the user are saved 1.5 s after
 * the last change (only what changed), one save at a time; errors of a save land on their fields.
 */
export function useReportDraft(view: ReportView): ReportDraft {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const rows = useMemo(() => new Map(view.rows.map((row) => [row.indicator.code, row])), [view.rows]);
  const [figures, setFigures] = useState<Record<string, Pending<OwnEdit>>>({});
  const [texts, setTexts] = useState<Partial<Record<NarrativeSection, Pending<string>>>>({});
  const [basis, setBasis] = useState<Pending<string> | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, FieldMessages>>({});
  const [narrativeErrors, setNarrativeErrors] = useState<Partial<Record<NarrativeSection, string>>>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const figuresRef = useRef(figures);
  const textsRef = useRef(texts);
  const basisRef = useRef(basis);
  const revision = useRef(0);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  const updateFigures = (next: Record<string, Pending<OwnEdit>>) => {
    figuresRef.current = next;
    setFigures(next);
  };
  const updateTexts = (next: Partial<Record<NarrativeSection, Pending<string>>>) => {
    textsRef.current = next;
    setTexts(next);
  };
  const updateBasis = (next: Pending<string> | null) => {
    basisRef.current = next;
    setBasis(next);
  };

  /** The changed figures that can be saved: nothing is waiting for the user on them. */
  const readyOf = useCallback(
    (pending: Record<string, Pending<OwnEdit>>) =>
      Object.entries(pending).flatMap(([code, change]) => {
        const row = rows.get(code);
        return row && !waitingFor(row, change.data, t) ? [{ row, change }] : [];
      }),
    [rows, t],
  );

  const editable = view.abilities.edit;
  const save = useCallback(async (): Promise<boolean> => {
    if (!editable) return false;
    const figuresToSend = readyOf(figuresRef.current);
    const textsToSend = Object.entries(textsRef.current) as [NarrativeSection, Pending<string>][];
    const basisToSend = basisRef.current;
    if (figuresToSend.length === 0 && textsToSend.length === 0 && !basisToSend) return true;
    const input: SaveReportInput = {
      values: figuresToSend.map(({ row, change }) => toInput(row, change.data)),
      ...(textsToSend.length > 0
        ? { narrative: Object.fromEntries(textsToSend.map(([section, change]) => [section, change.data])) }
        : {}),
      // The figures the drafted text was written from, saved with the text.
      ...(basisToSend ? { narrativeBasis: basisToSend.data } : {}),
    };
    setState({ kind: 'saving' });
    try {
      const saved = await saveReport(view.id, input);
      queryClient.setQueryData(reportKeys.ofUnit(saved.round.id, saved.unit.id), saved);
      // A change made while the save was on its way stays to be sent.
      const sentFigures = new Map(figuresToSend.map(({ row, change }) => [row.indicator.code, change.rev]));
      const nextFigures = Object.fromEntries(
        Object.entries(figuresRef.current).filter(([code, change]) => sentFigures.get(code) !== change.rev),
      );
      const sentTexts = new Map<string, number>(textsToSend.map(([section, change]) => [section, change.rev]));
      const nextTexts = Object.fromEntries(
        Object.entries(textsRef.current).filter(([section, change]) => sentTexts.get(section) !== change.rev),
      );
      updateFigures(nextFigures);
      updateTexts(nextTexts);
      if (basisToSend && basisRef.current?.rev === basisToSend.rev) updateBasis(null);
      setServerErrors({});
      setNarrativeErrors({});
      setState({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      const byCode: Record<string, FieldMessages> = {};
      const bySection: Partial<Record<NarrativeSection, string>> = {};
      for (const field of error instanceof ApiError ? error.fields : []) {
        // body.values.N.* is the N-th figure of this save.
        const value = valuesPath.exec(field.path);
        const sent = value ? figuresToSend[Number(value[1])] : undefined;
        const name = figureFields.find((candidate) => candidate === value?.[2]);
        if (sent && name) byCode[sent.row.indicator.code] = { ...byCode[sent.row.indicator.code], [name]: pick(field) };
        const section = narrativeSections.find((candidate) => candidate === narrativePath.exec(field.path)?.[1]);
        if (section) bySection[section] = pick(field);
      }
      setServerErrors(byCode);
      setNarrativeErrors(bySection);
      setState({ kind: 'failed', error });
      // Someone else moved the report on (submitted, approved): show it as it is now.
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: reportKeys.ofUnit(view.round.id, view.unit.id) });
      }
      return false;
    }
  }, [editable, readyOf, view.id, view.round.id, view.unit.id, queryClient, pick]);

  const enqueue = useCallback(() => {
    queue.current = queue.current.then(save);
    return queue.current;
  }, [save]);

  useEffect(() => {
    if (!editable || (readyOf(figures).length === 0 && Object.keys(texts).length === 0 && !basis)) return undefined;
    const timer = setTimeout(() => void enqueue(), autosaveMs);
    return () => clearTimeout(timer);
  }, [editable, figures, texts, basis, readyOf, enqueue]);

  // Leaving the page saves what is pending at once; closing the tab with changes asks first.
  const enqueueRef = useRef(enqueue);
  useEffect(() => {
    enqueueRef.current = enqueue;
  }, [enqueue]);
  useEffect(() => () => void enqueueRef.current(), []);
  const unsaved = Object.keys(figures).length + Object.keys(texts).length;
  useEffect(() => {
    if (unsaved === 0) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const stored = (row: ReportIndicatorRow): OwnEdit => ({
    value: row.own.value,
    denominator: row.own.denominator,
    adjustReason: row.own.adjustReason,
  });

  return {
    figure: (row) => figures[row.indicator.code]?.data ?? stored(row),
    setFigure: (row, patch) => {
      const code = row.indicator.code;
      const current = figuresRef.current[code]?.data ?? stored(row);
      revision.current += 1;
      updateFigures({ ...figuresRef.current, [code]: { data: { ...current, ...patch }, rev: revision.current } });
      if (serverErrors[code]) setServerErrors(without(serverErrors, code));
    },
    narrative: (section) => texts[section]?.data ?? view.narrative[section] ?? '',
    setNarrative: (section, text) => {
      revision.current += 1;
      updateTexts({ ...textsRef.current, [section]: { data: text, rev: revision.current } });
      if (narrativeErrors[section]) setNarrativeErrors({ ...narrativeErrors, [section]: undefined });
    },
    insertNarrativeDraft: (sections, fingerprint) => {
      revision.current += 1;
      const rev = revision.current;
      const inserted = (Object.entries(sections) as [NarrativeSection, string][]).map(([section, text]) => [
        section,
        { data: text, rev },
      ]);
      updateTexts({ ...textsRef.current, ...Object.fromEntries(inserted) });
      updateBasis({ data: fingerprint, rev });
      setNarrativeErrors({});
    },
    basisPending: basis !== null,
    issues: (code) => {
      const change = figures[code];
      const row = rows.get(code);
      return {
        errors: serverErrors[code] ?? {},
        warnings: (change && row && waitingFor(row, change.data, t)) || {},
      };
    },
    narrativeError: (section) => narrativeErrors[section],
    state,
    unsaved,
    waiting: Object.keys(figures).length - readyOf(figures).length,
    flush: async () => {
      let saved = await enqueue();
      // Changes made while that save was on its way go out right after it.
      if (saved && readyOf(figuresRef.current).length > 0) saved = await enqueue();
      return (
        saved &&
        Object.keys(figuresRef.current).length === 0 &&
        Object.keys(textsRef.current).length === 0 &&
        !basisRef.current
      );
    },
  };
}
