import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
}

/** A popup state with nothing to lint yet, and what the user can do about it. */
export function EmptyState({ title, children }: Props) {
  return (
    <section class="empty-state" aria-live="polite">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
