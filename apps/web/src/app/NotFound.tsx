import { useI18n } from '../i18n/i18n.js';

export function NotFound() {
  const { t } = useI18n();
  return <h1>{t('notFound')}</h1>;
}

export function Forbidden() {
  const { t } = useI18n();
  return <h1>{t('forbidden')}</h1>;
}
