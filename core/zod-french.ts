import { z } from 'zod';
import { fr } from 'zod/v4/locales';

// Every validation message a user can meet (« Données refusées : … », a block's field, a review file)
// comes from zod: they are French wherever zod is used, in the app, the web host and the CLI.
z.config(fr());
