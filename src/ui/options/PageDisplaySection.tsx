import { PAGE_DISPLAYS, PAGE_DISPLAY_LABELS, type PageDisplay } from '../../settings/display.ts';

interface Props {
  pageDisplay: PageDisplay;
  evidenceView: boolean;
  onPageDisplay: (pageDisplay: PageDisplay) => void;
  onEvidenceView: (on: boolean) => void;
}

/** What note-lint marks in the page; the popup always lists everything. */
export function PageDisplaySection({ pageDisplay, evidenceView, onPageDisplay, onEvidenceView }: Props) {
  return (
    <section class="card" aria-labelledby="display-heading">
      <h2 id="display-heading">In the page</h2>
      <p class="muted">What the note shows while you write. The popup always lists every problem.</p>
      <fieldset>
        <legend>Mark in the note</legend>
        {PAGE_DISPLAYS.map((value) => (
          <div key={value} class="radio">
            <input
              type="radio"
              id={`page-display-${value}`}
              name="page-display"
              value={value}
              checked={pageDisplay === value}
              onChange={() => onPageDisplay(value)}
            />
            <label for={`page-display-${value}`}>{PAGE_DISPLAY_LABELS[value]}</label>
          </div>
        ))}
      </fieldset>
      <div class="checkbox">
        <input
          type="checkbox"
          id="evidence-view"
          checked={evidenceView}
          aria-describedby="evidence-view-explanation"
          onChange={(event) => onEvidenceView(event.currentTarget.checked)}
        />
        <label for="evidence-view">Show what note-lint recognised</label>
        <p id="evidence-view-explanation" class="muted">
          Strength grades, labs, workup, durations and other findings get a light dotted underline.
        </p>
      </div>
    </section>
  );
}
