import type { DocumentStats, SectionTarget } from '../../../core/document';
import type { TemplateSection } from '../../../core/referential';
import { fr } from '../i18n/fr';
import { CriteriaChips } from '../ui/CriteriaChips';

/** Where a section stands against its word window. */
export function lengthStatus(words: number, target: SectionTarget | undefined): 'none' | 'under' | 'within' | 'over' {
  if (!target) return 'none';
  if (words < target.minWords) return 'under';
  if (words > target.maxWords) return 'over';
  return 'within';
}

/** The outline: every heading with its words, its template target and the criteria it answers. */
export function OutlinePanel(props: {
  stats: DocumentStats;
  targets: Map<string, SectionTarget>;
  sections: Map<string, TemplateSection>;
  onJump: (index: number) => void;
}) {
  return (
    <nav className="outline" aria-label={fr.outline.title}>
      <h2>{fr.outline.title}</h2>
      <ol>
        {props.stats.sections.map((section) => {
          const target = section.sectionId ? props.targets.get(section.sectionId) : undefined;
          const status = lengthStatus(section.words, target);
          const templateSection = section.sectionId ? props.sections.get(section.sectionId) : undefined;
          return (
            <li key={`${section.index}`} className={`outline-item level-${section.level}`} data-section-id={section.sectionId ?? undefined}>
              <button type="button" onClick={() => props.onJump(section.index)}>
                <span className="outline-title">{section.title || fr.outline.untitled}</span>
                <span className={`outline-count status-${status}`} title={status === 'none' ? '' : fr.outline[status]}>
                  {fr.outline.words(section.words)}
                  {target && <span className="muted"> · {fr.outline.target(target.minWords, target.maxWords)}</span>}
                </span>
                {templateSection && <CriteriaChips ids={templateSection.criteria} title={fr.outline.criteria} />}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
