import type { ReactNode } from 'react';

/** A label that jumps to a place of the document when it has one, plain text otherwise. */
export function JumpLink(props: { index: number | null; onJump: (index: number) => void; children: ReactNode }) {
  if (props.index === null) return <>{props.children}</>;
  const index = props.index;
  return (
    <button type="button" className="link-button" onClick={() => props.onJump(index)}>
      {props.children}
    </button>
  );
}
