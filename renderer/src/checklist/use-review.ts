import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { ApiClient } from '../api/client';
import type { OpenedMemoire } from '../../../core/api';
import type { Verdict } from '../../../core/model';
import type { Role, ReviewProps } from './TutorVerdict';

/** The role is remembered per file in this profile: the tutor reopens a candidate's file as tutor. */
const roleKey = (path: string) => `memoire-role:${path}`;

/**
 * The review state of an open mémoire: the role (Candidat / Tuteur, remembered per file), the text
 * locked for a tutor unless « Autoriser les modifications » is on, and the tutor's verdicts.
 */
export function useReview(api: ApiClient, opened: OpenedMemoire, editor: Editor | null, tutorName: string) {
  const [role, setRole] = useState<Role>(() => (localStorage.getItem(roleKey(opened.path)) === 'tutor' ? 'tutor' : 'candidate'));
  const [tutorEdits, setTutorEdits] = useState(false);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);

  useEffect(() => localStorage.setItem(roleKey(opened.path), role), [opened.path, role]);
  useEffect(() => {
    // No update event: switching the lock changes no text, so nothing needs saving.
    editor?.setEditable(!opened.readOnly && (role === 'candidate' || tutorEdits), false);
  }, [editor, opened.readOnly, role, tutorEdits]);
  const reload = useCallback(() => api.call('review.verdicts', { handle: opened.handle }).then(setVerdicts, () => setVerdicts([])), [api, opened.handle]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const onVerdict = useCallback<ReviewProps['onVerdict']>(
    async (criterionId, status, feedback, autoStatus) => {
      const saved = await api.call('review.setVerdict', { handle: opened.handle, criterionId, status, feedback, author: tutorName || 'Tuteur', autoStatus });
      setVerdicts((list) => [...list.filter((v) => !(v.criterionId === saved.criterionId && v.author === saved.author)), saved]);
    },
    [api, opened.handle, tutorName],
  );
  const onAppreciation = useCallback<ReviewProps['onAppreciation']>(
    async (id, text) => {
      const saved = await api.call('review.setVerdict', {
        handle: opened.handle,
        criterionId: id,
        status: 'not-assessed',
        feedback: text,
        author: tutorName || 'Tuteur',
        autoStatus: '',
      });
      setVerdicts((list) => [...list.filter((v) => !(v.criterionId === saved.criterionId && v.author === saved.author)), saved]);
    },
    [api, opened.handle, tutorName],
  );
  // Several tutors may have reviewed: the checklist shows the latest verdict on each criterion.
  const props = useMemo<ReviewProps>(() => {
    const latest = new Map<string, Verdict>();
    for (const v of verdicts) if ((latest.get(v.criterionId)?.updatedAt ?? '') <= v.updatedAt) latest.set(v.criterionId, v);
    return { role, verdicts: latest, onVerdict, onAppreciation };
  }, [role, verdicts, onVerdict, onAppreciation]);
  return { role, setRole, tutorEdits, setTutorEdits, props, reload };
}
