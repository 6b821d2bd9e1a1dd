// A short how-to beside the palette, in plain words, so nobody has to guess the canvas gestures.
export function Tips() {
  return (
    <section className="panel tips" aria-labelledby="tips-title">
      <h2 id="tips-title" className="panel__title">
        How to
      </h2>
      <ul className="tips__list">
        <li>
          <strong>Tie two actors:</strong> drag from the <span className="tips__knob" aria-hidden="true" /> dot beside
          an actor onto another.
        </li>
        <li>
          <strong>Move:</strong> drag an actor. Drag empty space to look around; scroll to zoom.
        </li>
        <li>
          <strong>Select several:</strong> hold <kbd>Shift</kbd> and drag a box, or <kbd>Shift</kbd>-click.
        </li>
        <li>
          <strong>Rename:</strong> double-click, or <kbd>F2</kbd>. <strong>Delete:</strong> <kbd>Delete</kbd>.
        </li>
        <li>
          <strong>Undo:</strong> <kbd>Ctrl</kbd>+<kbd>Z</kbd>. Every change is saved straight away.
        </li>
      </ul>
    </section>
  );
}
