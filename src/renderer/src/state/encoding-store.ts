// How actors are drawn: size by nothing, number of ties or a number field; colour by kind or a choice field.
import { create } from 'zustand';
import type { CustomFieldId } from '../../../shared/domain';

export type SizeBy = 'none' | 'ties' | CustomFieldId;
export type ColourBy = 'kind' | CustomFieldId;

export interface EncodingState {
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

export const useEncodingStore = create<EncodingState>()(() => ({ sizeBy: 'none', colourBy: 'kind' }));

export const setSizeBy = (sizeBy: SizeBy) => useEncodingStore.setState({ sizeBy });
export const setColourBy = (colourBy: ColourBy) => useEncodingStore.setState({ colourBy });
