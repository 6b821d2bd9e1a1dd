// Converts the taxonomy's rows (kinds, tie types, tie statuses, care offers, custom fields) to and from domain records.
import type {
  CareOffer,
  CareOfferId,
  CustomField,
  CustomFieldId,
  Kind,
  KindId,
  TieStatus,
  TieStatusId,
  TieType,
  TieTypeId,
} from '../../shared/domain';
import { CUSTOM_FIELD_TYPES, FIELD_TARGETS, KIND_SHAPES, LINE_STYLES } from '../../shared/domain';
import type { DbCareOffer, DbCustomField, DbKind, DbTieStatus, DbTieType } from './row-types';
import { oneOf, stringList } from './row-values';

export function kindFromRow(row: DbKind): Kind {
  return {
    id: row.id as KindId,
    name: row.name,
    colour: row.colour,
    shape: oneOf(KIND_SHAPES, row.shape, 'rounded'),
    sortOrder: row.sort_order,
    people: row.people === 1,
  };
}

export function kindToRow(kind: Kind): DbKind {
  return {
    id: kind.id,
    name: kind.name,
    colour: kind.colour,
    shape: kind.shape,
    sort_order: kind.sortOrder,
    people: kind.people ? 1 : 0,
  };
}

export function tieTypeFromRow(row: DbTieType): TieType {
  return { id: row.id as TieTypeId, name: row.name, colour: row.colour, sortOrder: row.sort_order };
}

export function tieTypeToRow(tieType: TieType): DbTieType {
  return { id: tieType.id, name: tieType.name, colour: tieType.colour, sort_order: tieType.sortOrder };
}

export function tieStatusFromRow(row: DbTieStatus): TieStatus {
  return {
    id: row.id as TieStatusId,
    name: row.name,
    lineStyle: oneOf(LINE_STYLES, row.line_style, 'solid'),
    sortOrder: row.sort_order,
  };
}

export function tieStatusToRow(status: TieStatus): DbTieStatus {
  return { id: status.id, name: status.name, line_style: status.lineStyle, sort_order: status.sortOrder };
}

export function careOfferFromRow(row: DbCareOffer): CareOffer {
  return { id: row.id as CareOfferId, name: row.name, sortOrder: row.sort_order };
}

export function careOfferToRow(offer: CareOffer): DbCareOffer {
  return { id: offer.id, name: offer.name, sort_order: offer.sortOrder };
}

export function customFieldFromRow(row: DbCustomField): CustomField {
  const type = oneOf(CUSTOM_FIELD_TYPES, row.type, 'text');
  return {
    id: row.id as CustomFieldId,
    name: row.name,
    type,
    appliesTo: oneOf(FIELD_TARGETS, row.applies_to, 'actor'),
    options: type === 'choice' ? stringList(row.options_json) : [],
    sortOrder: row.sort_order,
    safe: row.safe === 1,
  };
}

export function customFieldToRow(field: CustomField): DbCustomField {
  return {
    id: field.id,
    name: field.name,
    type: field.type,
    options_json: JSON.stringify(field.options),
    sort_order: field.sortOrder,
    safe: field.safe ? 1 : 0,
    applies_to: field.appliesTo,
  };
}
