// The Export dialog's choices for a picture: whole map or current view, scale, background, title, date, legend.
import { useId } from 'react';
import { SCALES, type PictureChoices } from './export-choices';

interface Props {
  value: PictureChoices;
  /** PNG only: SVG has no pixels to scale. */
  showScale: boolean;
  /** The picture's size at 1×, in pixels, when known. */
  size: { width: number; height: number } | null;
  onChange(next: PictureChoices): void;
}

export function PictureOptions({ value, showScale, size, onChange }: Props) {
  const titleId = useId();
  const set = <K extends keyof PictureChoices>(key: K, v: PictureChoices[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="export__picture">
      <fieldset className="export__group">
        <legend>What to include</legend>
        <div className="export__row">
          <label className="export__choice">
            <input
              type="radio"
              name="export-scope"
              checked={value.scope === 'whole'}
              onChange={() => set('scope', 'whole')}
            />{' '}
            The whole map
          </label>
          <label className="export__choice">
            <input
              type="radio"
              name="export-scope"
              checked={value.scope === 'view'}
              onChange={() => set('scope', 'view')}
            />{' '}
            What is in view now
          </label>
        </div>
      </fieldset>
      {showScale && (
        <fieldset className="export__group">
          <legend>Size</legend>
          <div className="export__row">
            {SCALES.map((scale) => (
              <label key={scale} className="export__choice">
                <input
                  type="radio"
                  name="export-scale"
                  checked={value.scale === scale}
                  onChange={() => set('scale', scale)}
                />{' '}
                {scale}×
              </label>
            ))}
          </div>
          <p className="field__help" aria-live="polite">
            {size
              ? `${Math.round(size.width * value.scale).toLocaleString('en-GB')} × ${Math.round(size.height * value.scale).toLocaleString('en-GB')} pixels. `
              : ''}
            2× suits screens and slides; 4× prints a page-wide map at about 300 dpi.
          </p>
        </fieldset>
      )}
      <fieldset className="export__group">
        <legend>Background</legend>
        <div className="export__row">
          <label className="export__choice">
            <input
              type="radio"
              name="export-background"
              checked={value.background === 'white'}
              onChange={() => set('background', 'white')}
            />{' '}
            White
          </label>
          <label className="export__choice">
            <input
              type="radio"
              name="export-background"
              checked={value.background === 'transparent'}
              onChange={() => set('background', 'transparent')}
            />{' '}
            Transparent
          </label>
        </div>
      </fieldset>
      <fieldset className="export__group">
        <legend>Drawn into the picture</legend>
        <div className="export__row export__title">
          <label className="export__choice">
            <input type="checkbox" checked={value.withTitle} onChange={(e) => set('withTitle', e.target.checked)} />{' '}
            Title
          </label>
          <input
            id={titleId}
            type="text"
            aria-label="Title text"
            maxLength={200}
            value={value.title}
            disabled={!value.withTitle}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <label className="export__choice">
          <input type="checkbox" checked={value.withDate} onChange={(e) => set('withDate', e.target.checked)} /> Today’s
          date
        </label>
        <label className="export__choice">
          <input type="checkbox" checked={value.legend} onChange={(e) => set('legend', e.target.checked)} /> Legend
          (kinds and tie types)
        </label>
      </fieldset>
    </div>
  );
}
