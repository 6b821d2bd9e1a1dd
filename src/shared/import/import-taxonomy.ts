// The map's lists as the import sees them: find an entry by name (tolerantly) or make a new one, once, on first use.
import type {
  CareOffer,
  CareOfferId,
  CustomField,
  CustomFieldId,
  FieldTarget,
  Kind,
  KindId,
  Taxonomy,
  TieStatus,
  TieType,
  TieTypeId,
} from '../domain';
import { KIND_SHAPES } from '../domain';
import { fold } from '../text-fold';
import type { KindChoice, TieTypeChoice } from './import-types';
import { kindKey, tieTypeKey } from './match-kinds';
import { fieldKey, type FieldShape } from './caremap-sheets';

/** Okabe–Ito and Tableau colours not used by the seed kinds, for kinds and tie types an import adds. */
const NEW_COLOURS = [
  '#999999',
  '#117733',
  '#882255',
  '#44AA99',
  '#AA4499',
  '#DDCC77',
  '#332288',
  '#88CCEE',
  '#CC6677',
  '#661100',
];

const nextOrder = (entries: readonly { sortOrder: number }[]) =>
  entries.reduce((max, e) => Math.max(max, e.sortOrder + 1), 0);

/**
 * The next sort order of each list, counted on rather than found again per new entry: finding it again made a
 * 20,000-column sheet (20,000 new fields) quadratic, 10 s to plan.
 */
class SortOrders {
  private readonly next: Record<'kinds' | 'tieTypes' | 'careOffers' | 'customFields', number>;
  constructor(taxonomy: Taxonomy) {
    this.next = {
      kinds: nextOrder(taxonomy.kinds),
      tieTypes: nextOrder(taxonomy.tieTypes),
      careOffers: nextOrder(taxonomy.careOffers),
      customFields: nextOrder(taxonomy.customFields),
    };
  }
  take(list: keyof SortOrders['next']): number {
    return this.next[list]++;
  }
}

export class ImportTaxonomy {
  readonly newKinds: Kind[] = [];
  readonly newTieTypes: TieType[] = [];
  readonly newCareOffers: CareOffer[] = [];
  readonly newFields: CustomField[] = [];
  private readonly kindsByName = new Map<string, Kind>();
  private readonly tieTypesByKey = new Map<string, TieType>();
  private readonly statusesByKey = new Map<string, TieStatus>();
  private readonly offersByName = new Map<string, CareOffer>();
  /** Keyed by fieldKey: an actors' "Weight" and a ties' "Weight" are two fields. */
  private readonly fieldsByName = new Map<string, CustomField>();
  /** A new kind's colour from the file (kindKey of its name → #rrggbb), when all its actors were drawn in one colour. */
  readonly kindColours = new Map<string, string>();
  /** Thousands of ties name the same few types as written; each spelling is matched once. */
  private readonly tieTypeByText = new Map<string, TieTypeId>();
  private readonly orders: SortOrders;

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly newId: () => string,
    /** Types and choices for new fields, by fieldKey (a Caremap workbook's Fields sheet); text otherwise. */
    private readonly fieldShapes: ReadonlyMap<string, FieldShape> = new Map(),
  ) {
    this.orders = new SortOrders(taxonomy);
    for (const k of taxonomy.kinds) this.kindsByName.set(k.name.toLocaleLowerCase(), k);
    for (const t of taxonomy.tieTypes) this.tieTypesByKey.set(tieTypeKey(t.name), t);
    for (const s of taxonomy.tieStatuses) this.statusesByKey.set(fold(s.name), s);
    for (const o of taxonomy.careOffers) this.offersByName.set(fold(o.name), o);
    for (const f of taxonomy.customFields) this.fieldsByName.set(fieldKey(f.appliesTo, f.name), f);
  }

  kind(choice: KindChoice): KindId {
    if ('kindId' in choice) return choice.kindId;
    const name = choice.newKind.trim().replace(/\s+/g, ' ').slice(0, 200) || 'Imported';
    const known = this.kindsByName.get(name.toLocaleLowerCase());
    if (known) return known.id;
    const n = this.newKinds.length;
    const kind: Kind = {
      id: this.newId() as KindId,
      name,
      colour: this.kindColours.get(kindKey(name)) ?? NEW_COLOURS[n % NEW_COLOURS.length]!,
      shape: KIND_SHAPES[n % KIND_SHAPES.length]!,
      sortOrder: this.orders.take('kinds'),
      // Unasked (the command line), a new kind counts as people: anonymising too much hides nothing that matters.
      people: choice.people ?? true,
    };
    this.newKinds.push(kind);
    this.kindsByName.set(name.toLocaleLowerCase(), kind);
    return kind.id;
  }

  /** "referrals" finds "Referral"; an unknown type becomes a new tie type of that name. */
  tieType(name: string): TieTypeId {
    const seen = this.tieTypeByText.get(name);
    if (seen) return seen;
    const id = this.findOrAddTieType(name);
    this.tieTypeByText.set(name, id);
    return id;
  }

  /** The facilitator's choice for a tie type value: the type chosen, a new one of that name (made once), or none. */
  tieTypeFor(choice: TieTypeChoice): TieTypeId | null {
    if ('tieTypeId' in choice) return choice.tieTypeId;
    if ('none' in choice) return null;
    const name = choice.newTieType.trim().replace(/\s+/g, ' ') || 'Imported';
    return this.findOrAddTieType(name);
  }

  private findOrAddTieType(name: string): TieTypeId {
    const key = tieTypeKey(name);
    const known = this.tieTypesByKey.get(key);
    if (known) return known.id;
    const n = this.newTieTypes.length;
    const tieType: TieType = {
      id: this.newId() as TieTypeId,
      name: name.slice(0, 200),
      colour: NEW_COLOURS[(n + 3) % NEW_COLOURS.length]!,
      sortOrder: this.orders.take('tieTypes'),
    };
    this.newTieTypes.push(tieType);
    this.tieTypesByKey.set(key, tieType);
    return tieType.id;
  }

  /** Statuses are drawn as line styles the facilitator chose; an unknown one is reported, not invented. */
  status(name: string): TieStatus | null {
    return this.statusesByKey.get(fold(name)) ?? null;
  }

  statusNames(): string {
    return this.taxonomy.tieStatuses.map((s) => s.name).join(', ');
  }

  careOffer(name: string): CareOfferId {
    const known = this.offersByName.get(fold(name));
    if (known) return known.id;
    const offer: CareOffer = {
      id: this.newId() as CareOfferId,
      name: name.slice(0, 200),
      sortOrder: this.orders.take('careOffers'),
    };
    this.newCareOffers.push(offer);
    this.offersByName.set(fold(name), offer);
    return offer.id;
  }

  /**
   * An existing field of that name (any capitals) for actors (or ties), or a new field: text unless the workbook or
   * the column says otherwise.
   */
  field(header: string, type?: CustomField['type'], appliesTo: FieldTarget = 'actor'): CustomField {
    const known = this.fieldsByName.get(fieldKey(appliesTo, header));
    if (known) return known;
    const field: CustomField = {
      id: this.newId() as CustomFieldId,
      name: header.slice(0, 200),
      type: this.fieldShapes.get(fieldKey(appliesTo, header))?.type ?? type ?? 'text',
      options: [...(this.fieldShapes.get(fieldKey(appliesTo, header))?.options ?? [])],
      sortOrder: this.orders.take('customFields'),
      safe: false,
      appliesTo,
    };
    this.newFields.push(field);
    this.fieldsByName.set(fieldKey(appliesTo, header), field);
    return field;
  }

  /** An existing field only: used to find actors a previous import gave an ID. */
  existingField(header: string): CustomField | null {
    const known = this.taxonomy.customFields.find(
      (f) => f.appliesTo === 'actor' && f.name.toLocaleLowerCase() === header.toLocaleLowerCase(),
    );
    return known ?? null;
  }
}
