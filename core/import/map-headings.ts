import { flattenSections, type MemoireTemplate, type TemplateSection } from '../referential/template-schema';
import { norm } from '../checks/evidence/text';

/** A heading without its numbering ("1.2 –", "Partie 1 —", "III.", "A)"), normalised. */
export function headingWords(title: string): string {
  return norm(title)
    .replace(/^(partie|chapitre|section)\s+([ivxlc]+|\d+)\s*([-:.]\s*)?/, '')
    .replace(/^(\d+([.)]\d+)*[.)]?|[ivxlc]+[.)]|[a-h][.)])\s*([-:]\s*)?/, '')
    .trim();
}

/**
 * The template section a heading of a Word draft stands for, by the section's keywords (data in
 * templates/memoire: titles, synonyms, anglicisms). The longest keyword found wins; accents, case,
 * numbering and levels do not matter. Null when nothing matches: the heading stays unmapped.
 */
export function mapHeading(title: string, sections: TemplateSection[]): TemplateSection | null {
  return mapHeadingScored(title, sections)?.section ?? null;
}

/** The matched section and the length of the keyword that matched it (a longer keyword is a surer match). */
export function mapHeadingScored(title: string, sections: TemplateSection[]): { section: TemplateSection; score: number } | null {
  const words = headingWords(title);
  let best: { section: TemplateSection; score: number } | null = null;
  for (const section of sections) {
    for (const keyword of section.keywords) {
      const k = norm(keyword);
      if (!k || !new RegExp(`(^|[^a-z0-9])${escapeRegExp(k)}($|[^a-z0-9])`).test(words)) continue;
      const score = k.length + (words === k ? 100 : 0);
      if (!best || score > best.score) best = { section, score };
    }
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Every section of a template, in order, for the mapping menu. */
export function mappableSections(template: MemoireTemplate): Array<{ id: string; title: string; level: number }> {
  return flattenSections(template.sections).map((s) => ({ id: s.id, title: s.title, level: s.level }));
}
