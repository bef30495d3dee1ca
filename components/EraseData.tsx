import { useEffect, useRef, useState } from 'preact/hooks';

type Step = 'idle' | 'confirm' | 'erasing' | 'done' | 'failed';

/**
 * "Erase my data" with a confirmation step. Keyboard: the first button opens the confirmation and
 * focus moves to its "Erase" button; Escape or "Cancel" closes it and focus returns.
 */
export function EraseData({ erase }: { erase: () => Promise<void> }) {
  const [step, setStep] = useState<Step>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirm') confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [step]);

  const cancel = () => {
    returnFocus.current = true;
    setStep('idle');
  };
  const run = async () => {
    setStep('erasing');
    try {
      await erase();
      setStep('done');
    } catch {
      setStep('failed');
    }
  };

  return (
    <div class="erase">
      {step === 'confirm' || step === 'erasing' ? (
        <div
          role="group"
          aria-labelledby="erase-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          <p id="erase-question">
            Erase your practice drafts and stories, score history, dismissed findings and the questions you picked for fields from this computer? This cannot be undone.
          </p>
          <button ref={confirmRef} type="button" class="btn danger" disabled={step === 'erasing'} onClick={() => void run()}>
            Erase
          </button>{' '}
          <button type="button" class="btn" disabled={step === 'erasing'} onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button ref={openRef} type="button" class="btn" onClick={() => setStep('confirm')}>
          Erase my data…
        </button>
      )}
      <p class="help" role="status">
        {step === 'done' ? 'Erased: practice drafts and stories, score history, dismissals and picked questions are gone.' : step === 'failed' ? 'Could not erase: try again.' : ''}
      </p>
    </div>
  );
}
