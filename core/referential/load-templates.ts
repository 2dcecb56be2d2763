import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { referentielSchema, listCriteria, type Referentiel } from './referentiel-schema';
import { blockSpec } from '../schema/blocks/registry';
import { thresholdsSchema, type Thresholds } from '../checks/thresholds';
import { memoireTemplateSchema, flattenSections, type MemoireTemplate } from './template-schema';

/** The référentiels and mémoire templates found in a templates folder, validated. */
export interface TemplateLibrary {
  referentiels: Map<string, Referentiel>;
  templates: Map<string, MemoireTemplate>;
  thresholds: Thresholds;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Fichier de modèle illisible : ${path} (${(error as Error).message})`);
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));
}

/**
 * Loads `referentiel/*.json` and `memoire/*.json` from a templates folder and checks that every
 * criterion a template section names exists in its référentiel.
 */
export function loadTemplateLibrary(templatesDir: string): TemplateLibrary {
  const referentiels = new Map<string, Referentiel>();
  for (const file of jsonFiles(join(templatesDir, 'referentiel'))) {
    const parsed = referentielSchema.safeParse(readJson(file));
    if (!parsed.success) throw new Error(`Référentiel invalide (${file}) : ${parsed.error.issues[0]?.message}`);
    referentiels.set(parsed.data.id, parsed.data);
  }
  const templates = new Map<string, MemoireTemplate>();
  for (const file of jsonFiles(join(templatesDir, 'memoire'))) {
    const parsed = memoireTemplateSchema.safeParse(readJson(file));
    if (!parsed.success) throw new Error(`Modèle de mémoire invalide (${file}) : ${parsed.error.issues[0]?.message}`);
    const template = parsed.data;
    const ref = referentiels.get(template.referentielId);
    if (!ref) throw new Error(`Le modèle ${template.id} renvoie au référentiel inconnu ${template.referentielId}`);
    const known = new Set(listCriteria(ref).map((c) => c.id));
    for (const section of flattenSections(template.sections)) {
      for (const name of section.blocks) {
        if (!blockSpec(name)) throw new Error(`La section ${section.id} du modèle ${template.id} cite le bloc inconnu ${name}`);
      }
      for (const id of section.criteria) {
        if (!known.has(id)) throw new Error(`La section ${section.id} du modèle ${template.id} cite le critère inconnu ${id}`);
      }
    }
    templates.set(template.id, template);
  }
  const thresholds = thresholdsSchema.safeParse(readJson(join(templatesDir, 'checks', 'thresholds.json')));
  if (!thresholds.success)
    throw new Error(`Seuils de vérification invalides : ${thresholds.error.issues[0]?.path.join('.')} ${thresholds.error.issues[0]?.message}`);
  return { referentiels, templates, thresholds: thresholds.data };
}
