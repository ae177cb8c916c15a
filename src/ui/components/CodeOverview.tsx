import type { CodeSection } from '../popup/encounter-view.ts';
import { CODE_STATUS, problemCountLabel } from './code-status.ts';

interface Props {
  sections: CodeSection[];
  /** Element id of each code's section, to move there. */
  sectionId: (code: string) => string;
}

/** Every chosen code on one line with its status and how many problems it has: the popup's first screen. */
export function CodeOverview({ sections, sectionId }: Props) {
  const jump = (code: string) => {
    const heading = document.getElementById(sectionId(code))?.querySelector<HTMLElement>('h3');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return (
    <ul class="overview" aria-label="Codes for this encounter">
      {sections.map(({ code, status, problemCount }) => (
        <li key={code.code} class={`overview-row status-${status}`}>
          <button type="button" class="overview-jump" onClick={() => jump(code.code)} aria-label={`${code.code}: ${CODE_STATUS[status].label}, ${problemCountLabel(problemCount)}. Go to its section.`}>
            <span class="code-id">{code.code}</span>
            <span class="overview-title">{code.title ?? (code.known ? '' : 'Unknown code')}</span>
            <span class={`tag tag-${CODE_STATUS[status].tag}`}>{CODE_STATUS[status].label}</span>
            <span class="muted">{problemCountLabel(problemCount)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
