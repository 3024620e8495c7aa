import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import type { ShirtCampaign } from '../api/types';
import { IMAGE_TYPES, MAX_IMAGE_BYTES, useUploadPrintImage } from '../api/useUploadPrintImage';

/** Upload of the print image (PNG, JPEG or WebP, at most 2 MB); the server checks the file's content too. */
export function PrintImageUpload({ campaign, onUploaded }: { campaign: ShirtCampaign; onUploaded: () => void }) {
  const { t } = useTranslation();
  const upload = useUploadPrintImage();
  const [problem, setProblem] = useState<string | undefined>();

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
      setProblem(t('shirts.image.badType'));
      return;
    }
    if (file.size > MAX_IMAGE_BYTES) {
      setProblem(t('shirts.image.tooLarge'));
      return;
    }
    setProblem(undefined);
    const saved = await upload.run({ id: campaign.id, file });
    if (saved) onUploaded();
  };

  return (
    <section className="card form" aria-labelledby="print-image-title">
      <h2 className="card__title" id="print-image-title">
        {t('shirts.image.title')}
      </h2>
      {campaign.imageUrl ? <img className="shirt-header__image" src={campaign.imageUrl} alt={t('shirts.imageAlt', { title: campaign.printTitle })} /> : <p className="muted">{t('shirts.image.none')}</p>}
      <label className="field__label" htmlFor="print-image">
        {t('shirts.image.choose')}
      </label>
      <p className="field__hint">{t('shirts.image.hint')}</p>
      <input id="print-image" type="file" accept={IMAGE_TYPES.join(',')} onChange={(event) => void choose(event.target.files?.[0])} disabled={upload.status === 'pending'} />
      {problem ? <p className="field__errors" role="alert">{problem}</p> : null}
      {upload.status === 'error' ? <ApiErrorPanel title={t('shirts.image.error')} error={upload.error} /> : null}
      {upload.status === 'success' ? <p className="chip chip--success">{t('shirts.image.done')}</p> : null}
    </section>
  );
}
