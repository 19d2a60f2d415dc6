import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { type CaseView, NOTE_VISIBILITIES, type NoteVisibility } from '../../contract/cases.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { TextAreaField } from '../Field.tsx';
import { ActionForm } from './ActionForm.tsx';
import { CasePanel } from './CasePanel.tsx';
import { newestFirst } from './order.ts';
import type { CaseControls } from './useCase.ts';

/** Notes for the whole team or for one's own organisation only, newest first. */
export function NotesPanel({ view, act }: { view: CaseView; act: CaseControls['act'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('team');
  const notes = newestFirst(view.notes, (n) => n.at);
  return (
    <CasePanel name="notes" title={t('notes.title')}>
      <ActionForm
        label={t('notes.add')}
        submitLabel={t('notes.add')}
        testId="note-add"
        check={() => ({ text: !text.trim() && t('validation.required') })}
        onSubmit={async () => {
          await act((v) => api.addNote(v.id, { text: text.trim(), visibility }));
          setText('');
        }}
      >
        {(errors) => (
          <>
            <TextAreaField
              id="note-text"
              label={t('notes.text')}
              rows={3}
              maxLength={5000}
              value={text}
              onValueChange={setText}
              error={errors.text}
            />
            <RadioGroupField
              id="note-visibility"
              legend={t('notes.visibility')}
              options={codeOptions(t, 'visibility', NOTE_VISIBILITIES)}
              value={visibility}
              onValueChange={setVisibility}
              error={errors.visibility}
              testId="note-visibility"
            />
          </>
        )}
      </ActionForm>
      {notes.length === 0 ? (
        <p className="muted">{t('notes.none')}</p>
      ) : (
        <ul className="plain-list divided-list note-list" data-testid="case-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="cell-detail">
                {formatDateTime(note.at, language)} · {note.authorName},{' '}
                {localName(note.organisation.name, language)} · {codeName(t, 'visibility', note.visibility)}
              </p>
              <p className="pre-line">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </CasePanel>
  );
}
