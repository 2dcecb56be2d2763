import type { ApiHandlers } from '../../api/contract';
import { AppError } from '../../errors';
import { MAX_IMAGE_BYTES } from '../../api/limits';
import { imageInfo, imageMime } from '../../images/image-info';
import { prepareImage } from '../../images/prepare-image';
import { loadAnnex } from '../../export/pdf/annex';
import type { BackendContext } from '../backend-context';

/** Images and annex PDFs stored in the mémoire. */
export function attachmentHandlers(ctx: BackendContext) {
  return {
    'attachments.addImage': async ({ handle, name, mime, dataBase64 }) => {
      const data = Buffer.from(dataBase64, 'base64');
      if (data.length > MAX_IMAGE_BYTES) throw new AppError('too-large', `${data.length} octets`);
      const sniffed = imageInfo(data);
      // A file whose bytes are not the type it declares is refused before any decoding.
      if (sniffed && imageMime(sniffed.type) !== mime) throw new AppError('unsupported-image', `${mime} / ${imageMime(sniffed.type)}`);
      const image = prepareImage(data, name);
      const stored = ctx.writable(handle).file.addAttachment('image', name, image.mime, image.data);
      return { id: stored.id, width: image.width, height: image.height, reducedFrom: image.reducedFrom };
    },
    'attachments.addAnnex': async ({ handle, name, dataBase64 }) => {
      const data = Buffer.from(dataBase64, 'base64');
      const pages = (await loadAnnex(name, data)).getPageCount();
      const info = ctx.writable(handle).file.addAttachment('annex', name, 'application/pdf', data, pages);
      return { id: info.id, name: info.name, size: info.size, pages: info.pages ?? pages };
    },
    'attachments.listAnnexes': async ({ handle }) => {
      const e = ctx.entry(handle);
      const out = [];
      for (const a of e.file.listAttachments('annex')) {
        // Counted once (a large PDF takes seconds to parse), then kept with the annex.
        let pages = a.pages;
        if (pages === null) {
          pages = await loadAnnex(a.name, e.file.getAttachment(a.id).data).then(
            (d) => d.getPageCount(),
            () => 0,
          );
          if (!e.readOnly) e.file.setAttachmentPages(a.id, pages);
        }
        out.push({ id: a.id, name: a.name, size: a.size, pages });
      }
      return out;
    },
    'attachments.removeAnnex': async ({ handle, id }) => {
      const file = ctx.writable(handle).file;
      if (!file.listAttachments('annex').some((a) => a.id === id)) throw new AppError('unknown-attachment', id);
      file.removeAttachment(id);
      return { ok: true as const };
    },
    'attachments.get': async ({ handle, id }) => {
      const a = ctx.entry(handle).file.getAttachment(id);
      return { id: a.id, name: a.name, mime: a.mime, dataBase64: a.data.toString('base64') };
    },
  } satisfies Partial<ApiHandlers>;
}
