import { forwardRef } from 'react';

/** Reads a file chosen by the user as base64, for the API (which carries bytes as text). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** A hidden file input opened by a button; it forgets the choice so the same file can be picked again. */
export const FilePicker = forwardRef<HTMLInputElement, { accept: string; testId: string; onPick: (file: File) => void }>(function FilePicker(props, ref) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept={props.accept}
      data-testid={props.testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) props.onPick(file);
      }}
    />
  );
});
