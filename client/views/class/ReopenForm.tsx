import { useState } from 'preact/hooks';
import { JOIN_CODE_LENGTH, normalizeJoinCode } from '../../../shared/protocol';
import { tc } from '../../classroom/i18n';
import { rememberClass } from '../../classroom/storage';
import { go } from '../../app/nav';
import { TextField } from '../../components/TextField';

// Opens a class on any computer with its code and teacher key (the console copies both).

export function ReopenForm() {
  const [code, setCode] = useState('');
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<{ code?: string; key?: string }>({});
  return (
    <form
      class="card stack"
      aria-labelledby="reopen-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // "ABC234 key…" pasted whole into the code field fills both.
        const [first = '', rest = ''] = code.trim().split(/\s+/, 2);
        const id = normalizeJoinCode(first);
        const secret = (key || rest).trim();
        const next = { ...(id ? {} : { code: tc('reopen.codeError') }), ...(secret ? {} : { key: tc('reopen.keyError') }) };
        setErrors(next);
        if (!id || !secret) return;
        rememberClass({ classId: id, hostSecret: secret, viewKey: '', title: '', createdAt: Date.now() });
        go({ name: 'classHost', classId: id });
      }}
    >
      <h2 id="reopen-title">{tc('reopen.title')}</h2>
      <TextField label={tc('reopen.code')} value={code} onInput={(v: string) => setCode(v.toUpperCase())} placeholder="ABC234" maxLength={JOIN_CODE_LENGTH + 130} ltr error={errors.code ?? ''} />
      <TextField label={tc('reopen.key')} value={key} onInput={setKey} maxLength={128} ltr error={errors.key ?? ''} />
      <p class="muted hint">{tc('reopen.hint')}</p>
      <button type="submit" class="btn">
        {tc('reopen.button')}
      </button>
    </form>
  );
}
