/** Mounts the task pane UI (the "ui" chunk, loaded after the custom functions are registered). */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Workspace } from '../workspace';
import { App } from './app';

export function mountApp(root: HTMLElement, workspace: Workspace): void {
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang="vi">
        <App workspace={workspace} />
      </FluentProvider>
    </StrictMode>,
  );
}
