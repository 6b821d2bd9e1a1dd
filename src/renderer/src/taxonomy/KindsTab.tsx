// Kinds of actor: rename, recolour, reshape, add, merge one into another, delete (asking where its actors go).
import { useState } from 'react';
import type { KindShape } from '../../../shared/domain';
import { KIND_SHAPES } from '../../../shared/domain';
import { CaremapError } from '../../../shared/errors';
import { useDocumentStore } from '../state/document-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { ActorShape } from '../canvas/ActorShape';
import { AddEntryForm } from './AddEntryForm';
import { ColourInput } from './ColourInput';
import { KindRow } from './KindRow';
import { PeopleSelect, type PeopleAnswer } from './PrivacyControls';
import { ShapeSelect } from './ShapeSelect';
import { useUsageCounts } from './usage-counts';

const NEW_KIND_COLOURS = ['#999933', '#882255', '#44AA99', '#332288', '#AA4499', '#117733'];

export function KindsTab() {
  const kinds = useDocumentStore((s) => s.kinds);
  const counts = useUsageCounts('kinds');
  const [colour, setColour] = useState(NEW_KIND_COLOURS[kinds.length % NEW_KIND_COLOURS.length]!);
  const [shape, setShape] = useState<KindShape>(KIND_SHAPES[kinds.length % KIND_SHAPES.length]!);
  const [people, setPeople] = useState<PeopleAnswer>('');
  // Asked, never defaulted: whether a kind's actors are people decides what an anonymised export keeps.
  const add = async (name: string) => {
    if (people === '')
      throw new CaremapError(
        'invalid-input',
        'Say whether these actors are people or groups and organisations, so shared copies can leave people’s details out.',
      );
    await editTaxonomy('kinds.create', { name, colour, shape, people: people === 'people' });
    setPeople('');
  };
  return (
    <>
      <p className="taxonomy__intro">
        The kinds of actor on this map. Each has a colour and a shape, so the map reads in greyscale too. Mark the kinds
        whose actors are people: anonymised exports and shared copies leave out their names and details.
      </p>
      <ul className="entries" aria-label="Kinds of actor">
        {kinds.map((kind) => (
          <KindRow key={kind.id} kind={kind} kinds={kinds} count={counts[kind.id] ?? 0} />
        ))}
      </ul>
      <AddEntryForm button="Add kind" label="Add a kind" placeholder="e.g. Faith group" onAdd={add}>
        <ActorShape shape={shape} colour={colour} size={28} />
        <ColourInput label="Colour of the new kind" value={colour} onCommit={setColour} />
        <ShapeSelect label="Shape of the new kind" value={shape} onChange={setShape} />
        <PeopleSelect label="Are the actors of the new kind people?" value={people} onChange={setPeople} />
      </AddEntryForm>
    </>
  );
}
