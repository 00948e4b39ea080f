import type { Indicator, IndicatorInput, IndicatorProvider } from '@danvan/shared';
import { api } from '../../lib/api';

export const catalogueKeys = {
  all: ['catalogue'] as const,
  year: (year: number) => ['catalogue', 'year', year] as const,
  providers: ['catalogue', 'providers'] as const,
};

export interface Catalogue {
  years: number[];
  indicators: Indicator[];
}

export function fetchCatalogue(year: number): Promise<Catalogue> {
  return api<Catalogue>(`/api/indicators/${year}`);
}

export function fetchProviders(): Promise<IndicatorProvider[]> {
  return api<IndicatorProvider[]>('/api/indicator-providers');
}

export function createIndicator(year: number, input: IndicatorInput): Promise<Indicator> {
  return api<Indicator>(`/api/indicators/${year}`, { method: 'POST', body: input });
}

export function updateIndicator(year: number, input: IndicatorInput): Promise<Indicator> {
  const { code, ...body } = input;
  return api<Indicator>(`/api/indicators/${year}/${encodeURIComponent(code)}`, { method: 'PUT', body });
}

export function copyCatalogue(toYear: number, fromYear: number): Promise<{ year: number; copied: number }> {
  return api<{ year: number; copied: number }>(`/api/indicators/${toYear}/copy`, {
    method: 'POST',
    body: { fromYear },
  });
}
