/**
 * Gộp file (in Excel) / Chọn tệp (in a browser): pick the files; they are read on this machine only. A button opens
 * the browser's picker (whose own caption, "No file chosen", would contradict the list of files read), and each
 * file that cannot be read is listed with its sentence while the others stay usable.
 */
import { Button } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { SourceFile, Workspace } from '../workspace';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

const ACCEPT = '.xlsx,.xlsm,.xls,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FilesTab({ workspace, onChanged }: { workspace: Workspace; onChanged: () => void }) {
  const [files, setFiles] = useState<SourceFile[]>(workspace.files());
  const [state, run] = useTask();
  const input = useRef<HTMLInputElement>(null);
  const add = async (list: FileList | null) => {
    if (!list?.length) return;
    const picked = [...list];
    const r = await run((progress) => workspace.addFiles(picked, progress));
    if (r) setFiles(r);
    onChanged();
  };
  const bad = files.filter((f) => f.error).length;
  return (
    <div className="tab files-tab">
      <p>{workspace.insideExcel ? ui.pickHintExcel : ui.pickHintBrowser}</p>
      <Button appearance="primary" onClick={() => input.current?.click()} disabledFocusable={state.busy}>
        {files.length ? ui.pickAgain : ui.pickFiles}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        onChange={(e) => {
          void add(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
        disabled={state.busy}
        data-testid="file-input"
      />
      <TaskStatus state={state} />
      {!files.length && <p>{ui.noFiles}</p>}
      {files.length > 0 && (
        <p data-testid="files-summary">
          {ui.filesChosen(files.length)}
          {bad > 0 && <strong className="bad"> {ui.unreadableFiles(bad)}.</strong>}
        </p>
      )}
      <ul className="files" data-testid="files">
        {files.map((f) => (
          <li key={f.name} className={f.error ? 'file bad' : 'file'}>
            <span className="file-name">{f.name}</span>
            <Button
              size="small"
              appearance="subtle"
              aria-label={`${ui.remove} ${f.name}`}
              onClick={() => {
                workspace.removeFile(f.name);
                setFiles(workspace.files());
                onChanged();
              }}
            >
              {ui.remove}
            </Button>
            {f.error && <div className="file-error">{f.error}</div>}
            {f.pickedAs && <div className="file-note">{ui.fileRenamed(f.pickedAs, f.name)}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
