import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The app's templates folder. */
export const TEMPLATES_DIR = join(ROOT, 'templates');
/** The fonts shipped with the app. */
export const FONTS_DIR = join(ROOT, 'resources', 'fonts');
