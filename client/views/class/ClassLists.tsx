import { useState } from 'preact/hooks';
import { tc } from '../../classroom/i18n';
import { forgetClass, recentClasses, saveConsole, type RecentClass } from '../../classroom/storage';
import { getLocale } from '../../i18n';
import { go } from '../../app/nav';

// The teacher's classes on this computer: reopen the console (a class still running) or the
// debrief (any class the server keeps), or forget it here.

export function ClassLists() {
  const [list, setList] = useState<RecentClass[]>(() => recentClasses());
  const when = (ms: number) => new Date(ms).toLocaleDateString(getLocale() === 'ar' ? 'ar' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <section class="card stack" aria-labelledby="recent-title">
      <h2 id="recent-title">{tc('recent.title')}</h2>
      {list.length === 0 && <p class="muted">{tc('recent.empty')}</p>}
      <ul class="class-list">
        {list.map((r) => (
          <li key={r.classId} class="class-item">
            <div>
              <strong dir="auto">{r.title || tc('recent.untitled')}</strong>
              <div class="muted num">
                <span dir="ltr">{r.classId}</span> · {when(r.createdAt)}
              </div>
            </div>
            <div class="cluster">
              <button type="button" class="btn" aria-label={`${tc('recent.console')} ${r.classId}`} onClick={() => go({ name: 'classHost', classId: r.classId })}>
                {tc('recent.console')}
              </button>
              <button
                type="button"
                class="btn"
                aria-label={`${tc('recent.debrief')} ${r.classId}`}
                onClick={() => {
                  saveConsole({ classId: r.classId, hostSecret: r.hostSecret, viewKey: r.viewKey });
                  go({ name: 'classDebrief', classId: r.classId });
                }}
              >
                {tc('recent.debrief')}
              </button>
              <button
                type="button"
                class="btn btn-quiet"
                aria-label={`${tc('recent.forget')} ${r.classId}`}
                onClick={() => {
                  forgetClass(r.classId);
                  setList(recentClasses());
                }}
              >
                {tc('recent.forget')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
