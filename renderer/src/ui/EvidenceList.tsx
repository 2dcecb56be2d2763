import type { Evidence } from '../../../core/checks';
import { JumpLink } from './JumpLink';

/** Quoted passages, each a link that jumps to it in the text. */
export function EvidenceList(props: { evidence: Evidence[]; label: string; onJump: (index: number) => void }) {
  if (!props.evidence.length) return null;
  return (
    <ul className="evidence" aria-label={props.label}>
      {props.evidence.map((e, i) => (
        <li key={i}>
          <JumpLink index={e.index} onJump={props.onJump}>
            {e.label}
          </JumpLink>
        </li>
      ))}
    </ul>
  );
}
