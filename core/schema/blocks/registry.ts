import type { BlockName, BlockSpec } from './block-spec';
import { opportunitesMenaces } from './kinds/opportunites-menaces';
import { diagnosticInterne } from './kinds/diagnostic-interne';
import { segmentation } from './kinds/segmentation';
import { objectifsSmart } from './kinds/objectifs-smart';
import { pac } from './kinds/pac';
import { collaboration } from './kinds/collaboration';
import { socialSelling } from './kinds/social-selling';
import { prospection } from './kinds/prospection';
import { goNoGo } from './kinds/go-no-go';
import { crm } from './kinds/crm';
import { suivi } from './kinds/suivi';
import { negociation } from './kinds/negociation';
import { kpi } from './kinds/kpi';
import { emailing } from './kinds/emailing';
import { evenement } from './kinds/evenement';
import { proposition } from './kinds/proposition';
import { cartographie } from './kinds/cartographie';

/** Each kind of block under its name: the type makes every name registered once, under its own spec. */
const BLOCKS: { readonly [N in BlockName]: BlockSpec<N> } = {
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
};

/** Every business block, in the order of the mémoire; practice templates last. */
export const BLOCK_SPECS: readonly BlockSpec[] = Object.values(BLOCKS);

/** Whether a node type is a business block. */
export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(BLOCKS, name);
}

/** The spec of a block node, or undefined for any other node type. */
export function blockSpec(name: string): BlockSpec | undefined {
  return isBlockName(name) ? BLOCKS[name] : undefined;
}

/** The spec of a block named in code (the name is checked by the compiler). */
export function specOf<N extends BlockName>(name: N): BlockSpec<N> {
  return BLOCKS[name];
}
