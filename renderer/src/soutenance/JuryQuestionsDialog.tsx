import { useMemo } from 'react';
import type { CheckReport } from '../../../core/checks';
import { juryQuestions, type JuryQuestion } from '../../../core/soutenance';
import { Dialog } from '../ui/Dialog';
import { EvidenceList } from '../ui/EvidenceList';
import { fr } from '../i18n/fr';

function QuestionItem(props: { q: JuryQuestion; onJump: (index: number) => void }) {
  const t = fr.jury;
  const { q } = props;
  return (
    <li className={`jury-question status-${q.status}`} data-testid="jury-question" data-criterion={q.criterionId}>
      <p className="jury-question-head">
        <span className="chip">{q.criterionId}</span> <span className="muted">{q.label}</span>
      </p>
      <p className="jury-question-text">{q.question}</p>
      {q.kind === 'gap' && q.prepare.length > 0 && (
        <div>
          <strong>{t.prepare}</strong>
          <ul>
            {q.prepare.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {q.evidence.length > 0 ? (
        <EvidenceList evidence={q.evidence} label={t.evidence} onJump={props.onJump} />
      ) : (
        q.target !== null && (
          <button type="button" className="link-button" onClick={() => props.onJump(q.target!)}>
            {t.goToSection}
          </button>
        )
      )}
    </li>
  );
}

function QuestionSection(props: { title: string; empty: string; questions: JuryQuestion[]; onJump: (index: number) => void }) {
  return (
    <section aria-label={props.title}>
      <h3>
        {props.title} ({props.questions.length})
      </h3>
      {props.questions.length ? (
        <ol className="jury-questions">
          {props.questions.map((q) => (
            <QuestionItem key={q.criterionId} q={q} onJump={props.onJump} />
          ))}
        </ol>
      ) : (
        <p>{props.empty}</p>
      )}
    </section>
  );
}

/**
 * « Questions probables du jury »: what the jury will ask where the mémoire falls short of the rubric,
 * then the key figures to defend, each with its passages to reread (a click jumps there).
 */
export function JuryQuestionsDialog(props: { report: CheckReport | null; onJump: (index: number) => void; onClose: () => void }) {
  const t = fr.jury;
  const questions = useMemo(() => (props.report ? juryQuestions(props.report) : []), [props.report]);
  const gaps = questions.filter((q) => q.kind === 'gap');
  const figures = questions.filter((q) => q.kind === 'figures');
  const jump = (index: number) => {
    props.onClose();
    props.onJump(index);
  };
  return (
    <Dialog title={t.title} onClose={props.onClose} wide testId="jury-questions">
      <p className="muted">{t.intro}</p>
      <QuestionSection title={t.gaps} empty={t.noGaps} questions={gaps} onJump={jump} />
      <QuestionSection title={t.figures} empty={t.noFigures} questions={figures} onJump={jump} />
    </Dialog>
  );
}
