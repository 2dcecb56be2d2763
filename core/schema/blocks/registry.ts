import type { BlockSpec } from './block-spec';
import { opportunitesMenaces, diagnosticInterne } from './specs-diagnostic';
import { segmentation, objectifsSmart } from './specs-strategy';
import { pac } from './specs-pac';
import { collaboration, socialSelling, prospection, goNoGo, crm } from './specs-deployment';
import { suivi, kpi, negociation } from './specs-steering';
import { emailing, evenement, proposition, cartographie } from './specs-practice';

/** Every business block, in the order of the mémoire; practice templates last. */
export const BLOCK_SPECS: readonly BlockSpec[] = [
  opportunitesMenaces,
  diagnosticInterne,
  segmentation,
  objectifsSmart,
  pac,
  collaboration,
  socialSelling,
  prospection,
  goNoGo,
  crm,
  suivi,
  negociation,
  kpi,
  emailing,
  evenement,
  proposition,
  cartographie,
];

const byName = new Map(BLOCK_SPECS.map((s) => [s.name, s]));

/** The spec of a block node, or undefined for any other node type. */
export function blockSpec(name: string): BlockSpec | undefined {
  return byName.get(name);
}

/** Whether a node type is a business block. */
export function isBlockNode(name: string): boolean {
  return byName.has(name);
}
