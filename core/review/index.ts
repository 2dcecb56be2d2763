// What the renderer uses of the review: anchoring comments to the text (the review files and the grid are the back end's).
export * from './anchors';
