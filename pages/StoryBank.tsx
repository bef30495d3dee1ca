import { useEffect, useState } from 'preact/hooks';
import type { ProfileId } from '../lib/questions/ids';
import type { Report } from '../lib/types';
import { CoverageGrid } from '../components/CoverageGrid';
import type { PickerOption } from '../components/QuestionPicker';
import { storiesMarkdown } from '../components/story-markdown';
import { deleteStory, saveStory, storiesItem, storyScore, type Story } from '../platform/stories';

export interface StoryBankProps {
  /** Every question profile, in display order. */
  questions: readonly PickerOption[];
  /** The question the practice answer is written for now: a new story answers it. */
  current: ProfileId;
  /** The practice answer's text now. */
  text: () => string;
  /** Analyse a text for one question (through the worker). */
  analyze: (text: string, question: ProfileId) => Promise<Report>;
  /** Put a story's text into the practice answer, for its first question. */
  open: (story: Story) => void;
}

const newId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Download `text` as a file named `name`, from this page (nothing leaves the computer). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The story bank: the practice answer saved as a story for the questions it answers, every story
 * scored for each of them, a grid that shows which questions still lack a strong story, and an
 * export of all of it as Markdown.
 */
export function StoryBank({ questions, current, text, analyze, open }: StoryBankProps) {
  const [stories, setStories] = useState<Story[]>([]);
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState<ReadonlySet<ProfileId>>(() => new Set([current]));
  const [editing, setEditing] = useState<Story | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void storiesItem.getValue().then(setStories);
    return storiesItem.watch((next) => setStories(next ?? []));
  }, []);

  // A new story answers the question being practised, unless the user chose otherwise.
  useEffect(() => {
    if (!editing) setTags((prev) => (prev.size <= 1 ? new Set([current]) : prev));
  }, [current, editing]);

  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;

  const toggle = (id: ProfileId) =>
    setTags((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const save = async (event: Event) => {
    event.preventDefault();
    const body = text().trim();
    if (!body) return setStatus('Write the story in the answer box first.');
    if (!title.trim()) return setStatus('Give the story a title.');
    if (tags.size === 0) return setStatus('Choose at least one question the story answers.');
    setBusy(true);
    setStatus('Scoring the story for each question…');
    try {
      const ids = questions.map((q) => q.id as ProfileId).filter((id) => tags.has(id));
      const at = Date.now();
      const reports = await Promise.all(ids.map((id) => analyze(body, id)));
      const story: Story = {
        id: editing?.id ?? newId(),
        title: title.trim(),
        text: body,
        questions: ids,
        scores: Object.fromEntries(ids.map((id, i) => [id, storyScore(reports[i]!, at)])),
        savedAt: at,
      };
      setStories(await saveStory(story));
      setEditing(story);
      setStatus(`Saved “${story.title}” on this computer, scored for ${ids.length} ${ids.length === 1 ? 'question' : 'questions'}.`);
    } catch {
      setStatus('Could not save the story: try again.');
    } finally {
      setBusy(false);
    }
  };

  const startNew = () => {
    setEditing(null);
    setTitle('');
    setTags(new Set([current]));
    setStatus('');
  };

  const edit = (story: Story) => {
    setEditing(story);
    setTitle(story.title);
    setTags(new Set(story.questions));
    open(story);
    setStatus(`Editing “${story.title}”: change the answer, then save it again.`);
  };

  const remove = async (story: Story) => {
    if (!confirm(`Delete the story “${story.title}”?`)) return;
    setStories(await deleteStory(story.id));
    if (editing?.id === story.id) startNew();
    setStatus(`Deleted “${story.title}”.`);
  };

  const exportAll = () => download('star-stories.md', storiesMarkdown(stories, titleOf, new Date()));

  const group = (g: PickerOption['group'], legend: string) => (
    <fieldset class="tags">
      <legend>{legend}</legend>
      {questions.filter((q) => q.group === g).map((q) => (
        <label key={q.id} class="tag">
          <input type="checkbox" name="story-question" value={q.id} checked={tags.has(q.id as ProfileId)} onChange={() => toggle(q.id as ProfileId)} />
          {q.title}
        </label>
      ))}
    </fieldset>
  );

  return (
    <section class="bank" aria-labelledby="bank-title">
      <h2 id="bank-title">Story bank</h2>
      <p class="help">
        An interview loop asks for many competencies: save each answer as a story, tag the questions it answers, and see
        which questions still lack a strong story. Stories stay on this computer.
      </p>
      <form class="story-form" onSubmit={(e) => void save(e)}>
        <label class="field-label" for="story-title">{editing ? 'Story title (editing)' : 'Story title'}</label>
        <input id="story-title" type="text" value={title} maxLength={120} autoComplete="off"
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} placeholder="e.g. The webhook drop rate" />
        <details class="tag-picker">
          <summary>Questions this story answers ({tags.size} chosen)</summary>
          {group('amazon', 'Amazon Leadership Principles')}
          {group('common', 'Common questions')}
        </details>
        <div class="toolbar">
          <button type="submit" class="btn primary" disabled={busy}>{editing ? 'Save story' : 'Save as a new story'}</button>
          {editing ? <button type="button" class="btn" onClick={startNew}>New story</button> : null}
          <button type="button" class="btn" onClick={exportAll} disabled={stories.length === 0}>Export</button>
          <span class="saved" role="status" data-testid="story-status">{status}</span>
        </div>
      </form>
      {stories.length > 0 ? (
        <ul class="stories" aria-label="Saved stories">
          {stories.map((s) => (
            <li key={s.id} data-story={s.id}>
              <span class="story-title">{s.title}</span>
              <span class="muted"> · {s.questions.map(titleOf).join('; ')}</span>
              <button type="button" class="btn" onClick={() => edit(s)} aria-label={`Open “${s.title}”`}>Open</button>
              <button type="button" class="btn" onClick={() => void remove(s)} aria-label={`Delete “${s.title}”`}>Delete</button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted" data-testid="no-stories">No stories yet.</p>
      )}
      <h3>Coverage</h3>
      <CoverageGrid stories={stories} questions={questions} />
    </section>
  );
}
