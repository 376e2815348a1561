// A link that downloads one of the server's PDF reports (docs/api.md, Downloads).
import { t } from '../i18n';

export function PdfLink({ href, label, testid }: { href: string; label?: string; testid: string }) {
  return (
    <a class="btn btn-small" href={`/api/v1${href}`} download data-testid={testid}>
      {label ?? t('pdf.download')}
    </a>
  );
}
