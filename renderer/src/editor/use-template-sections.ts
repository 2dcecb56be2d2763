import { useCallback, useMemo } from 'react';
import type { Editor } from '@tiptap/core';
import type { LengthTarget } from '../../../core/model';
import { sectionTargets } from '../../../core/document';
import { flattenSections, type MemoireTemplate } from '../../../core/referential';

/**
 * The template's sections as the screen uses them: by id (outline), as a list (comment filters), the
 * length targets of each, and the section a position of the text falls in (the last heading above it).
 */
export function useTemplateSections(template: MemoireTemplate, length: LengthTarget, editor: Editor | null) {
  const byId = useMemo(() => new Map(flattenSections(template.sections).map((s) => [s.id, s])), [template]);
  const list = useMemo(() => [...byId.values()].map((s) => ({ id: s.id, title: s.title })), [byId]);
  const targets = useMemo(() => sectionTargets(template, length), [template, length]);
  const sectionOf = useCallback(
    (pos: number) => {
      let found: string | null = null;
      editor?.state.doc.forEach((node, offset) => {
        if (offset <= pos && node.type.name === 'heading' && node.attrs.sectionId) found = node.attrs.sectionId as string;
      });
      return found;
    },
    [editor],
  );
  return { byId, list, targets, sectionOf };
}
