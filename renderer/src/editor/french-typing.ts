import { Extension, InputRule } from '@tiptap/core';
import { frenchTyped } from '../../../core/document';

/**
 * Word's French typing in the editor: « » from ", ’ from ', narrow no-break spaces before ; ! ? and
 * no-break spaces before : and % (so none of them ever starts a line). Backspace right after undoes
 * the change, as in Word.
 */
export const FrenchTyping = Extension.create({
  name: 'frenchTyping',
  addInputRules() {
    return [
      new InputRule({
        find: /["';:!?%]$/,
        handler: ({ state, range, match }) => {
          const typed = match[0];
          const before = (match.input ?? '').slice(0, -typed.length);
          const replacement = frenchTyped(before, typed);
          if (!replacement) return null;
          state.tr.insertText(replacement.text, range.from - replacement.deleteBefore, range.to);
        },
      }),
    ];
  },
});
