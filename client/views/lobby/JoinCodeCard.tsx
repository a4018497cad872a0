import { t } from '../../i18n';
import { copyText } from '../../app/clipboard';
import { QrCode } from '../../components/QrCode';
import { announce } from '../../components/announce';

// The join code, large, with copy buttons, the link and its QR code.

export function JoinCodeCard({ code }: { code: string }) {
  const url = `${location.origin}${location.pathname}?code=${code}`;
  const copy = (text: string) => void copyText(text).then((ok) => announce(ok ? t('lobby.copied') : text));
  return (
    <section class="card lobby-code" aria-labelledby="lobby-code-title">
      <h2 id="lobby-code-title">{t('lobby.code')}</h2>
      <p class="lobby-code-value code" aria-label={code.split('').join(' ')}>
        {code}
      </p>
      <div class="row">
        <button type="button" class="btn" onClick={() => copy(code)}>
          <img src="./icons/copy.svg" alt="" width={18} height={18} />
          {t('lobby.copyCode')}
        </button>
        <button type="button" class="btn" onClick={() => copy(url)}>
          <img src="./icons/link.svg" alt="" width={18} height={18} />
          {t('lobby.copyLink')}
        </button>
      </div>
      <div class="lobby-share">
        <div class="stack-small">
          <p class="muted small">{t('lobby.share')}</p>
          <p class="small faint code lobby-url">{url.replace(/^https?:\/\//, '')}</p>
        </div>
        <QrCode url={url} size={112} label={t('lobby.qrLabel', { code })} />
      </div>
    </section>
  );
}
