// Placeholder until this section is written: it says so instead of pretending.
import { t } from '../i18n';
import type { SectionProps } from '../App';

export default function Committee(_props: SectionProps) {
  return (
    <div class="page" data-testid="page-soon">
      <h1>{t('menu.committee')}</h1>
      <p class="muted">{t('app.soon')}</p>
    </div>
  );
}
