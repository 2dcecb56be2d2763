/** A page layout a school can require. */
export interface LayoutPreset {
  id: string;
  label: string;
  font: string;
  sizePt: number;
  lineSpacing: number;
  marginsCm: number;
}

/** The presets offered in the export dialog and the CLI (`--preset`). */
export const LAYOUT_PRESETS: readonly LayoutPreset[] = [
  { id: 'times-12', label: 'Times New Roman 12, interligne 1,5, marges 2,5 cm', font: 'Times New Roman', sizePt: 12, lineSpacing: 1.5, marginsCm: 2.5 },
  { id: 'arial-11', label: 'Arial 11, interligne 1,15, marges 2,5 cm', font: 'Arial', sizePt: 11, lineSpacing: 1.15, marginsCm: 2.5 },
];

/** A preset by id (the first one when unknown). */
export function layoutPreset(id: string | undefined): LayoutPreset {
  return LAYOUT_PRESETS.find((p) => p.id === id) ?? LAYOUT_PRESETS[0];
}
