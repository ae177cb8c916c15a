import type { CodeChecklist, Span } from '../../engine/types.ts';
import { EvidenceQuote } from './EvidenceQuote.tsx';

interface Props {
  checklists: CodeChecklist[];
  onReveal: (span: Span) => void;
}

/** Per chosen code: what its documentation requires, what the note has, and what to add. */
export function Checklists({ checklists, onReveal }: Props) {
  if (checklists.length === 0) return null;
  return (
    <section class="checklists" aria-label="Evidence checklists">
      {checklists.map((checklist) => {
        const met = checklist.items.filter((item) => item.met).length;
        return (
          <section key={checklist.code} class="checklist">
            <h3>
              <span class="code-id">{checklist.code}</span> {checklist.title ?? ''}{' '}
              <span class="muted">
                ({met} of {checklist.items.length} documented)
              </span>
            </h3>
            <ul>
              {checklist.items.map((item) => (
                <li key={item.requirement} class={item.met ? 'item met' : 'item missing'}>
                  <span class="mark" aria-hidden="true">
                    {item.met ? '✓' : '✗'}
                  </span>
                  <span class="visually-hidden">{item.met ? 'Documented: ' : 'Missing: '}</span>
                  <span class="item-label">{item.label}</span>
                  {item.met ? (
                    <span class="evidence">
                      {item.evidence.map((evidence) => (
                        <EvidenceQuote key={`${evidence.start}-${evidence.end}`} evidence={evidence} onReveal={onReveal} />
                      ))}
                    </span>
                  ) : (
                    <span class="hint">Add to the note: {item.hint}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
