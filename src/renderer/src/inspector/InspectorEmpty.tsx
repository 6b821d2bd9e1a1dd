// What the inspector says when nothing (or a mix of actors and ties) is selected: how to get something to edit.
export function InspectorEmpty({ actors, ties }: { actors: number; ties: number }) {
  if (actors > 0 && ties > 0) {
    return (
      <div className="inspector__empty">
        <p className="inspector__empty-title">
          {actors} {actors === 1 ? 'actor' : 'actors'} and {ties} {ties === 1 ? 'tie' : 'ties'} selected
        </p>
        <p>Select only actors, or only ties, to edit them together.</p>
      </div>
    );
  }
  return (
    <div className="inspector__empty">
      <p className="inspector__empty-title">Nothing selected</p>
      <p>Click an actor or a tie on the map to see and change its details here.</p>
      <p>Hold Shift and click to choose several actors and change what they share, such as their kind or tags.</p>
    </div>
  );
}
