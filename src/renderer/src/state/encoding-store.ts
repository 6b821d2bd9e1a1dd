// How actors are drawn: size by nothing, ties, betweenness or a number field; colour by kind, community or a choice field.
import { create } from 'zustand';
import type { CustomFieldId } from '../../../shared/domain';

export type SizeBy = 'none' | 'ties' | 'betweenness' | CustomFieldId;
export type ColourBy = 'kind' | 'community' | CustomFieldId;

export interface EncodingState {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** Each tie's type written along it (off by default: on a busy map the words crowd the names). */
  tieLabels: boolean;
}

export const useEncodingStore = create<EncodingState>()(() => ({ sizeBy: 'none', colourBy: 'kind', tieLabels: false }));

export const setSizeBy = (sizeBy: SizeBy) => useEncodingStore.setState({ sizeBy });
export const setColourBy = (colourBy: ColourBy) => useEncodingStore.setState({ colourBy });
export const setTieLabels = (tieLabels: boolean) => useEncodingStore.setState({ tieLabels });

/** Betweenness and community come from the analysis, which then has to keep running. */
export const usesAnalysis = (s: EncodingState): boolean => s.sizeBy === 'betweenness' || s.colourBy === 'community';
