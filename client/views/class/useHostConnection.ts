import { useEffect, useState } from 'preact/hooks';
import { ClassConnection, currentClass, setCurrentClass } from '../../classroom/connection';
import { knownSecret } from '../../classroom/entry';
import { signal } from '@preact/signals';
import { go } from '../../app/nav';

// The console's connection to its class: the tab's live one, or a rejoin with the host secret this
// browser kept (a reload, or the class reopened from "Your classes"). A class whose room is gone
// (ended and closed, or the server restarted) opens in its debrief; an unknown one goes to setup.

/** A console link this browser holds no key for: the setup screen says so. */
export const staleClass = signal('');

export function useHostConnection(classId: string): { conn: ClassConnection | null; error: string } {
  const [conn, setConn] = useState<ClassConnection | null>(() => {
    const live = currentClass();
    return live?.room && live.info?.classId === classId ? live : null;
  });
  const [error, setError] = useState('');
  useEffect(() => {
    if (conn) return;
    const secret = knownSecret(classId);
    if (!secret) {
      staleClass.value = classId;
      go({ name: 'classSetup' }, { replace: true });
      return;
    }
    let live = true;
    ClassConnection.join(classId, { hostSecret: secret })
      .then((c) => {
        if (!live) return void c.leave();
        setCurrentClass(c);
        setConn(c);
      })
      .catch((err: unknown) => {
        if (!live) return;
        setError(err instanceof Error ? err.message : String(err));
        go({ name: 'classDebrief', classId }, { replace: true });
      });
    return () => {
      live = false;
    };
  }, [classId, conn]);
  return { conn, error };
}
