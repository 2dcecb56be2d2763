import { fr } from '../i18n/fr';

/** The options of a criterion menu: « Tous les critères », then each criterion with its label. */
export function CriterionOptions(props: { criteria: Array<{ id: string; label: string }> }) {
  return (
    <>
      <option value="">{fr.comments.anyCriterion}</option>
      {props.criteria.map((c) => (
        <option key={c.id} value={c.id}>
          {c.id} {c.label}
        </option>
      ))}
    </>
  );
}
