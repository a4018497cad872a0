import { groupName, tc } from '../../classroom/i18n';
import { Dialog } from '../../components/Dialog';

// "End the match now" asks first: it cannot be undone.

export function EndDialog({ group, onClose, onEnd }: { group: number | undefined; onClose: () => void; onEnd: () => void }) {
  return (
    <Dialog
      open
      title={group === undefined ? tc('confirm.endAll') : tc('confirm.endOne', { group: groupName(group) })}
      onClose={onClose}
      actions={
        <>
          <button type="button" class="btn btn-quiet" onClick={onClose}>
            {tc('confirm.cancel')}
          </button>
          <button
            type="button"
            class="btn btn-danger"
            onClick={() => {
              onClose();
              onEnd();
            }}
          >
            {tc('confirm.endYes')}
          </button>
        </>
      }
    >
      <p>{tc('confirm.endText')}</p>
    </Dialog>
  );
}
