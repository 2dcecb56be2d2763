/** The DOM event a business block row sends to ask for the comment dialog on it. */
export const COMMENT_ROW_EVENT = 'memoire-comment-row';

/** Which row: the block's document position, its table and the row's index. */
export interface CommentRowRequest {
  pos: number;
  table: string;
  index: number;
}
