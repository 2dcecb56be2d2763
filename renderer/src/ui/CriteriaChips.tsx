/** The référentiel criterion ids a section or a block answers, as small chips. */
export function CriteriaChips(props: { ids: readonly string[]; title?: string }) {
  if (!props.ids.length) return null;
  return (
    <span className="criteria-chips" title={props.title}>
      {props.ids.map((id) => (
        <span key={id} className="chip">
          {id}
        </span>
      ))}
    </span>
  );
}
