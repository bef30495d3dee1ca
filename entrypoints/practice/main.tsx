import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { startCoach, type Coach } from '../../content/live/coach';
import { sendToWorker, type DraftReport } from '../../platform/protocol';
import type { Settings } from '../../lib/settings';
import { getProfile, isProfileId, QUESTION_PROFILES, type ProfileId } from '../../lib/questions/profiles';
import { Scorecard } from '../../components/Scorecard';
import { ScoreChart, type ScorePoint } from '../../components/ScoreChart';
import { FOCUS_LABELS, LEVEL_LABELS } from '../../components/labels';
import { loadSettings, watchSettings } from '../../platform/settings';
import { practiceDetectItem, practiceDraftsItem, practiceHistoryItem, recordScore, saveDraft } from '../../platform/practice';
import { MODEL_ANSWER } from './model-answer';
import { StoryBank } from '../../pages/StoryBank';
import { detectionNote, practiceAnalyzeOptions } from '../../pages/practice-question';
import { QuestionOptionGroups } from '../../components/QuestionOptions';
import type { Story } from '../../platform/stories';
import '../../components/scorecard.css';
import '../../pages/page.css';

const OPTIONS = QUESTION_PROFILES.map(({ id, title, group }) => ({ id, title, group }));
/** The question as an interviewer asks it: the profile's first canonical question. */
const asked = (id: string) => getProfile(id).canonical[0] ?? getProfile(id).title;

function Practice() {
  const field = useRef<HTMLTextAreaElement>(null);
  const coach = useRef<Coach | null>(null);
  // The question whose draft is in the box; `detect` coaches it for the question the draft opens with instead.
  const question = useRef<ProfileId>('caught-issue');
  const detect = useRef(false);
  const [detecting, setDetecting] = useState(false);
  const settings = useRef<Settings | null>(null);
  const [questionId, setQuestionId] = useState<ProfileId>('caught-issue');
  const [settingsView, setSettingsView] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<DraftReport | null>(null);
  const [history, setHistory] = useState<ScorePoint[]>([]);
  const [saved, setSaved] = useState<'saved' | 'saving' | null>(null);
  const [ready, setReady] = useState(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Live coaching on the textarea: the same coach as on web pages, analysing through the background.
  useEffect(() => {
    const controller = new AbortController();
    coach.current = startCoach(
      document,
      {
        // This page is the extension's own: its scripts' events are ours.
        fromUser: () => true,
        analyze: async (d) => {
          const q = question.current;
          const auto = detect.current;
          const s = settings.current ?? (await loadSettings());
          const report = await sendToWorker('analyzeText', { text: d.text, options: practiceAnalyzeOptions(s, auto ? null : q) });
          const result: DraftReport = { text: d.text, report, fieldKind: 'practice', site: location.origin, at: Date.now() };
          if (q === question.current && auto === detect.current && field.current?.value === d.text) {
            setDraft(result);
            // Progress counts for the question coached (the detected one, when detecting). The
            // model answer's score is not the user's progress.
            const coached = isProfileId(report.question.id) ? report.question.id : q;
            if (d.text !== MODEL_ANSWER) setHistory(await recordScore(coached, { at: result.at, score: report.score }));
          }
          return result;
        },
        // The card's question picker changes the question practised here; "Detect automatically"
        // (null) coaches the draft for the question it opens with. The coach analyses again after.
        questions: async () => OPTIONS,
        chooseQuestion: async (_key, id) => {
          if (id === null) setDetect(true);
          else if (isProfileId(id)) await choose(id, false);
        },
      },
      controller.signal,
    );
    const stop = watchSettings((s) => {
      settings.current = s;
      setSettingsView(s);
      coach.current?.refresh();
    });
    void (async () => {
      settings.current = await loadSettings();
      setSettingsView(settings.current);
      // The practice page opens on the question the user made their default, reading the question
      // from the draft instead when that is how it was left.
      if (await practiceDetectItem.getValue()) setDetect(true);
      await loadQuestion(settings.current.question);
      setReady(true);
    })();
    // Leaving within the save pause must not lose the last words typed.
    const flush = () => {
      if (saveTimer.current === undefined || !field.current) return;
      clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
      void saveDraft(question.current, field.current.value);
    };
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      stop();
      controller.abort();
    };
  }, []);

  const analyseNow = () => field.current?.dispatchEvent(new Event('input', { bubbles: true }));

  const setDetect = (on: boolean) => {
    if (on !== detect.current) void practiceDetectItem.setValue(on);
    detect.current = on;
    setDetecting(on);
  };

  /**
   * A question picked on the page or in the card: its draft is loaded (a different question) and
   * detection stops. `analyse` re-reads the draft; the card's picker analyses again by itself.
   */
  const choose = async (id: ProfileId, analyse: boolean) => {
    const wasDetecting = detect.current;
    setDetect(false);
    if (id !== question.current) await loadQuestion(id);
    else if (wasDetecting) {
      setHistory((await practiceHistoryItem.getValue())[id] ?? []);
      if (analyse) analyseNow();
    }
  };

  const loadQuestion = async (q: ProfileId) => {
    question.current = q;
    setQuestionId(q);
    setDraft(null);
    const [drafts, histories] = await Promise.all([practiceDraftsItem.getValue(), practiceHistoryItem.getValue()]);
    setHistory(histories[q] ?? []);
    if (!field.current) return;
    field.current.value = drafts[q] ?? '';
    field.current.disabled = false; // usable from here on (the first load renders it disabled)
    if (field.current.value.trim()) analyseNow();
  };

  const scheduleSave = () => {
    const q = question.current;
    const text = field.current?.value ?? '';
    setSaved('saving');
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveTimer.current = undefined;
      void saveDraft(q, text).then(() => setSaved('saved'));
    }, 300);
  };

  const openModel = () => {
    if (!field.current) return;
    const current = field.current.value.trim();
    if (current && current !== MODEL_ANSWER && !confirm('Replace your draft with the model answer? Your draft will be lost.')) return;
    field.current.value = MODEL_ANSWER;
    scheduleSave();
    analyseNow();
    field.current.focus();
  };

  /** A story from the bank, into the answer box, practised for its first question. */
  const openStory = (story: Story) => {
    if (!field.current) return;
    const q = story.questions[0] ?? question.current;
    setDetect(false);
    question.current = q;
    setQuestionId(q);
    void practiceHistoryItem.getValue().then((all) => setHistory(all[q] ?? []));
    field.current.value = story.text;
    scheduleSave();
    analyseNow();
    field.current.focus();
  };

  const clearDraft = () => {
    if (!field.current || (field.current.value.trim() && !confirm('Clear this draft?'))) return;
    field.current.value = '';
    setDraft(null);
    scheduleSave();
    analyseNow();
  };

  return (
    <main class="page">
      <header class="page-head">
        <h1>
          <span class="logo" aria-hidden="true">★</span> STAR Coach · Practice
        </h1>
        <button type="button" class="linkish" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <div class="practice">
        <section class="writer" aria-label="Your answer">
          <label class="question-choice" for="practice-question">
            <span>Question</span>
            <select id="practice-question" value={detecting ? '' : questionId}
              onChange={(e) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                if (id === '') {
                  setDetect(true);
                  analyseNow();
                } else if (isProfileId(id)) void choose(id, true);
              }}>
              <option value="">Detect automatically</option>
              <QuestionOptionGroups options={OPTIONS} />
            </select>
          </label>
          {detecting ? (
            <p class="detected" role="status" data-testid="practice-detected">
              {draft ? detectionNote(draft.report.question) : ''}
            </p>
          ) : null}
          <label class="field-label" for="practice-answer">
            {detecting ? (draft?.report.question.source === 'draft' ? asked(draft.report.question.id) : 'Your answer, with the question on its first line (“Q: …”)') : asked(questionId)}
          </label>
          <textarea
            ref={field}
            id="practice-answer"
            rows={16}
            spellcheck
            disabled={!ready}
            placeholder="Situation → Task → Action → Result → what you learned. Write it the way you would say it."
            onInput={scheduleSave}
          />
          <div class="toolbar">
            <button type="button" class="btn" onClick={openModel}>
              Open model answer
            </button>
            <button type="button" class="btn" onClick={clearDraft}>
              Clear
            </button>
            <span class="saved" role="status" data-testid="save-status">
              {saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'Draft saved on this computer' : ''}
            </span>
          </div>
          {settingsView ? (
            <p class="context">
              Coached as {LEVEL_LABELS[settingsView.level].toLowerCase()}, interviewer focus{' '}
              {FOCUS_LABELS[settingsView.focus].toLowerCase()} (change in{' '}
              <button type="button" class="linkish" onClick={() => void browser.runtime.openOptionsPage()}>
                settings
              </button>
              ).
            </p>
          ) : null}
        </section>
        <aside class="side" aria-label="Scorecard">
          {draft ? (
            <Scorecard report={draft.report} text={draft.text} idPrefix="practice" mustShow={getProfile(draft.report.question.id).mustShow} />
          ) : (
            <section class="empty" data-testid="empty-state">
              <h2>Your scorecard appears here</h2>
              <p>Write your answer on the left; it is checked a moment after you stop typing.</p>
            </section>
          )}
          <section class="history" aria-labelledby="history-title">
            <h2 id="history-title">Your progress on this question</h2>
            <ScoreChart points={history} />
          </section>
        </aside>
      </div>
      <StoryBank
        questions={OPTIONS}
        current={detecting && draft && isProfileId(draft.report.question.id) ? draft.report.question.id : questionId}
        text={() => field.current?.value ?? ''}
        analyze={async (text, q) => {
          const s = settings.current ?? (await loadSettings());
          return sendToWorker('analyzeText', { text, options: { level: s.level, focus: s.focus, question: q, questionSource: 'user' } });
        }}
        open={openStory}
      />
    </main>
  );
}

render(<Practice />, document.getElementById('app')!);
