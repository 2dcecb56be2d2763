import { Extension, Node, mergeAttributes } from '@tiptap/core';
import { emptyBlockData, normalizeBlockData, type BlockSpec } from './block-spec';
import { BLOCK_SPECS, blockSpec } from './registry';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    businessBlock: {
      /** Inserts an empty business block at the cursor. */
      insertBlock: (name: string) => ReturnType;
    };
  }
}

/**
 * The node of one business block: an atom whose whole content is its `data` attribute, so
 * importers, checks and exporters read structured values, never layout. The renderer adds the view.
 */
export function createBlockNode(spec: BlockSpec) {
  return Node.create({
    name: spec.name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    addAttributes() {
      return {
        data: {
          default: null,
          parseHTML: (el) => {
            try {
              return normalizeBlockData(spec, JSON.parse(el.getAttribute('data-block-data') ?? 'null'));
            } catch {
              return emptyBlockData(spec);
            }
          },
          renderHTML: (attrs) => ({ 'data-block-data': JSON.stringify(attrs.data ?? emptyBlockData(spec)) }),
        },
      };
    },
    parseHTML() {
      return [{ tag: `div[data-block="${spec.name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { 'data-block': spec.name, class: 'business-block' }), spec.title];
    },
  });
}

/** The `insertBlock` command for every block. */
export const BlockCommands = Extension.create({
  name: 'businessBlockCommands',
  addCommands() {
    return {
      insertBlock:
        (name) =>
        ({ commands }) => {
          const spec = blockSpec(name);
          if (!spec) return false;
          return commands.insertContent({ type: name, attrs: { data: emptyBlockData(spec) } });
        },
    };
  },
});

/** The nodes of every business block plus their commands. */
export function blockExtensions() {
  return [...BLOCK_SPECS.map(createBlockNode), BlockCommands];
}
