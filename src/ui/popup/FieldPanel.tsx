import type { Span } from '../../engine/types.ts';
import type { FieldKind, FieldState } from '../../messaging/protocol.ts';
import { AddCodeForm } from '../components/AddCodeForm.tsx';
import { CodeOverview } from '../components/CodeOverview.tsx';
import { CodeSectionPanel } from '../components/CodeSectionPanel.tsx';
import { ProblemList } from '../components/ProblemItem.tsx';
import { QueryDrafts } from '../components/QueryDrafts.tsx';
import { countLabel, SEVERITY_ORDER } from '../severity.ts';
import { encounterView } from './encounter-view.ts';

export const FIELD_KIND_LABEL: Record<FieldKind, string> = {
  textarea: 'Text box',
  contenteditable: 'Editable text',
  tinymce: 'TinyMCE editor',
  ckeditor5: 'CKEditor editor',
  quill: 'Quill editor',
  prosemirror: 'ProseMirror editor',
  lexical: 'Lexical editor',
  readonly: 'Read-only note',
  selection: 'Selected text',
};

interface Props {
  field: FieldState;
  /** The most recently linted field starts expanded; the others start collapsed. */
  expanded: boolean;
  onReveal: (fieldKey: string, span: Span) => void;
  onAddCode: (code: string) => void;
  onRemoveCode: (code: string) => void;
  onCopyQuery: (query: string) => void;
}

/**
 * One note field, organised around the encounter: the codes with their status first (they fit the
 * first screen), then one section per code, the problems about no chosen code, and the query drafts.
 */
export function FieldPanel({ field, expanded, onReveal, onAddCode, onRemoveCode, onCopyQuery }: Props) {
  const { result } = field;
  const view = encounterView(result);
  const reveal = (span: Span) => onReveal(field.fieldKey, span);
  const counts = SEVERITY_ORDER.filter((severity) => view.counts[severity] > 0);
  const idPrefix = `field-${field.fieldKey.replace(/[^\w-]/g, '-')}`;
  const sectionId = (code: string) => `${idPrefix}-code-${code.replace(/[^\w-]/g, '-')}`;
  const empty = field.textLength === 0;

  return (
    <details class="field" open={expanded} data-field-key={field.fieldKey}>
      <summary>
        <span class="field-kind">{field.label || FIELD_KIND_LABEL[field.kind]}</span>{' '}
        <span class="muted">({field.textLength.toLocaleString('en-US')} characters)</span>{' '}
        {empty ? null : counts.length === 0 ? (
          <span class="tag tag-ok">no problems</span>
        ) : (
          counts.map((severity) => (
            <span key={severity} class={`tag tag-${severity}`}>
              {countLabel(severity, view.counts[severity])}
            </span>
          ))
        )}
      </summary>
      {empty ? <p class="muted">Nothing to check yet: the note is empty.</p> : null}
      {view.sections.length > 0 ? (
        <CodeOverview sections={view.sections} sectionId={sectionId} />
      ) : (
        <p class="muted">No codes chosen for this encounter yet.</p>
      )}
      <AddCodeForm idPrefix={idPrefix} existing={result.codes.map((code) => code.code)} onAdd={onAddCode} />
      {!empty && view.counts.error + view.counts.warning + view.counts.info === 0 ? (
        <p class="all-clear">No problems found in this note.</p>
      ) : null}
      {view.conflicts.length > 0 ? (
        <section class="conflicts" aria-labelledby={`${idPrefix}-conflicts`}>
          <h3 id={`${idPrefix}-conflicts`}>Conflicting codes</h3>
          <ProblemList problems={view.conflicts} label="Conflicts between codes" onReveal={reveal} />
        </section>
      ) : null}
      {view.sections.map((section) => (
        <CodeSectionPanel
          key={section.code.code}
          section={section}
          id={sectionId(section.code.code)}
          removable={section.code.source === 'session'}
          onReveal={reveal}
          onRemove={onRemoveCode}
        />
      ))}
      {view.otherProblems.length > 0 ? (
        <section class="other-problems" aria-labelledby={`${idPrefix}-other`}>
          <h3 id={`${idPrefix}-other`}>{view.sections.length > 0 ? 'Also in this note' : 'Problems'}</h3>
          <ProblemList problems={view.otherProblems} label="Problems about no chosen code" onReveal={reveal} />
        </section>
      ) : null}
      <QueryDrafts drafts={view.queries} idPrefix={idPrefix} onCopy={onCopyQuery} />
    </details>
  );
}
