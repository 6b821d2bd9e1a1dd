// The words the taxonomy editor uses for shapes, line styles and field types.
import type { CustomFieldType, KindShape, LineStyle, TaxonomyList } from '../../../shared/domain';

export const SHAPE_WORDS: Record<KindShape, string> = {
  circle: 'Circle',
  rounded: 'Rounded square',
  square: 'Square',
  diamond: 'Diamond',
  hexagon: 'Hexagon',
  triangle: 'Triangle',
};

export const LINE_STYLE_WORDS: Record<LineStyle, string> = {
  solid: 'Solid line',
  'long-dash': 'Long dashes',
  dashed: 'Dashes',
  dotted: 'Dots',
};

export const FIELD_TYPE_WORDS: Record<CustomFieldType, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  choice: 'Choice from a list',
  date: 'Date',
};

/** A short mark for each field type, shown where kinds show their shape. */
export const FIELD_TYPE_MARKS: Record<CustomFieldType, string> = {
  text: 'Aa',
  number: '123',
  boolean: 'Y/N',
  choice: '☰',
  date: 'Date',
};

export const TAB_WORDS: Record<TaxonomyList, string> = {
  kinds: 'Kinds of actor',
  tieTypes: 'Types of tie',
  tieStatuses: 'Tie statuses',
  careOffers: 'Care offers',
  customFields: 'Your own fields',
};
