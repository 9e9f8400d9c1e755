/** Gộp file (in Excel) / Chọn tệp (in a browser): pick .xlsx files; they are read on this machine only. */
import { Button } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { SourceFile, Workspace } from '../workspace';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

export function FilesTab({ workspace, onChanged }: { workspace: Workspace; onChanged: () => void }) {
  const [files, setFiles] = useState<SourceFile[]>(workspace.files());
  const [state, run] = useTask();
  const inputId = useId();
  const add = async (list: FileList | null) => {
    if (!list?.length) return;
    const picked = [...list];
    const r = await run((progress) => workspace.addFiles(picked, progress));
    if (r) setFiles(r);
    onChanged();
  };
  return (
    <div className="tab files-tab">
      <p>{workspace.insideExcel ? ui.pickHintExcel : ui.pickHintBrowser}</p>
      <label htmlFor={inputId} className="file-label">
        {ui.pickFiles}
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          void add(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
        disabled={state.busy}
        data-testid="file-input"
      />
      <TaskStatus state={state} />
      {!files.length && <p>{ui.noFiles}</p>}
      <ul className="files" data-testid="files">
        {files.map((f) => (
          <li key={f.name} className={f.error ? 'file bad' : 'file'}>
            <span>{f.name}</span>
            {f.error && <div role="alert">{f.error}</div>}
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
          </li>
        ))}
      </ul>
    </div>
  );
}
