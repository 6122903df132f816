import { slugFrom } from '../../shared/story/story-slug';
import { SLUG } from '../../shared/story/story-schema';
import { STORY_STATUSES, type Story, type StoryMeta } from '../../shared/story/story';

interface MetadataFormProps {
  readonly story: Story;
  readonly onChange: (patch: Partial<StoryMeta>) => void;
  readonly onDatelineDate: (date: string) => void;
  /** The headline as it stands in the editor now. */
  readonly currentHeadline: () => string;
}

const STATUS_LABELS = { draft: 'Draft', subbing: 'Subbing', ready: 'Ready' } as const;

/** "a, b ,, c" → ["a", "b", "c"]: tags and authors are typed as a comma-separated line. */
function splitList(text: string): string[] {
  return (
    text
      .split(',')
      // eslint-disable-next-line no-control-regex -- control characters are what is refused here
      .map((item) => item.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
      .filter((item) => item !== '')
  );
}

// <input type="datetime-local"> speaks local time; the story keeps UTC.
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The story's metadata: what the desk and the CMS need besides the words. */
export function MetadataForm({
  story,
  onChange,
  onDatelineDate,
  currentHeadline,
}: MetadataFormProps) {
  const slugValid = SLUG.test(story.slug);
  return (
    <form className="nd-meta" aria-label="Story details" onSubmit={(e) => e.preventDefault()}>
      <label>
        Status
        <select
          value={story.status}
          onChange={(e) => onChange({ status: e.target.value as Story['status'] })}
        >
          {STORY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Slug
        <span className="nd-inline">
          {/* Typed freely, made a valid slug when the field is left (so autosave never sees half a slug). */}
          <input
            key={story.slug}
            defaultValue={story.slug}
            aria-invalid={!slugValid}
            placeholder="e.g. turkish-tanks-cross-border"
            onBlur={(e) => onChange({ slug: slugFrom(e.target.value) })}
          />
          <button type="button" onClick={() => onChange({ slug: slugFrom(currentHeadline()) })}>
            From headline
          </button>
        </span>
      </label>
      <label>
        Desk
        <input
          value={story.desk}
          placeholder="e.g. World"
          // eslint-disable-next-line no-control-regex -- control characters are what is refused here
          onChange={(e) => onChange({ desk: e.target.value.replace(/[\u0000-\u001f]/g, ' ') })}
        />
      </label>
      <label>
        Tags
        <input
          defaultValue={story.tags.join(', ')}
          placeholder="e.g. Turkey, Syria"
          onBlur={(e) => onChange({ tags: splitList(e.target.value) })}
        />
      </label>
      <label>
        Authors
        <input
          defaultValue={story.authors.join(', ')}
          placeholder="e.g. Jane Doe, Ali Kaya"
          onBlur={(e) => onChange({ authors: splitList(e.target.value) })}
        />
      </label>
      <label>
        Language
        <input
          value={story.language}
          size={6}
          onChange={(e) => {
            const language = e.target.value.trim();
            if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language)) onChange({ language });
          }}
        />
      </label>
      <label>
        Embargo
        <input
          type="datetime-local"
          value={toLocalInput(story.embargo)}
          onChange={(e) =>
            onChange({
              embargo: e.target.value === '' ? undefined : new Date(e.target.value).toISOString(),
            })
          }
        />
      </label>
      <label>
        Target length (words)
        <input
          type="number"
          min={1}
          step={50}
          value={story.targetWords ?? ''}
          onChange={(e) => {
            const words = Number.parseInt(e.target.value, 10);
            onChange({ targetWords: Number.isInteger(words) && words > 0 ? words : undefined });
          }}
        />
      </label>
      <label>
        Dateline date
        <input
          type="date"
          defaultValue={story.dateline?.date ?? ''}
          onChange={(e) => onDatelineDate(e.target.value)}
        />
      </label>
    </form>
  );
}
