/** The task pane: five tabs over one workspace (the open workbook in Excel, or files in a browser). */
import { Caption1, Tab, TabList, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../domain/findings/finding';
import { todayIso } from '../../functions/services';
import type { CheckOutcome, Workspace } from '../workspace';
import { CheckTab } from './check-tab';
import { ConsolidateTab } from './consolidate-tab';
import { DuplicatesTab, type Verdicts } from './duplicates-tab';
import { FilesTab } from './files-tab';
import { ProfileTab } from './profile-tab';
import { ui } from './texts';

type TabId = 'check' | 'duplicates' | 'consolidate' | 'merge' | 'profile';

export function App({ workspace }: { workspace: Workspace }) {
  const [tab, setTab] = useState<TabId>(workspace.insideExcel ? 'check' : 'merge');
  const [outcome, setOutcome] = useState<CheckOutcome | undefined>();
  const [asOf, setAsOf] = useState(todayIso());
  const [verdicts, setVerdicts] = useState<Verdicts>({});
  // A result stands for the date it was judged at: with another «Ngày xét» it is not shown, nor exported, as the
  // changed files and settings clear it (trial 21a); typed back, that date's result is current again.
  const current = outcome?.report.asOf === asOf ? outcome : undefined;
  const hidden = (f: Finding) => f.code === 'DUPLICATE' && Boolean(f.groupKey) && verdicts[f.groupKey ?? ''] === 'not-same';
  const tabs: [TabId, string][] = workspace.insideExcel
    ? [['check', ui.tabs.check], ['duplicates', ui.tabs.duplicates], ['consolidate', ui.tabs.consolidate], ['merge', ui.tabs.merge], ['profile', ui.tabs.profile]]
    : [['merge', ui.tabs.files], ['check', ui.tabs.check], ['duplicates', ui.tabs.duplicates], ['consolidate', ui.tabs.consolidate], ['profile', ui.tabs.profile]];
  return (
    <main className="app">
      <header>
        <Title3 as="h1" block>
          {ui.title}
        </Title3>
        <Caption1 as="p" block>{workspace.insideExcel ? ui.subtitleExcel : ui.subtitleBrowser}</Caption1>
      </header>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" aria-label={ui.tabsMenu} className="tabs">
        {tabs.map(([id, label]) => (
          <Tab key={id} value={id} id={`tab-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      <section role="tabpanel" aria-labelledby={`tab-${tab}`} className="panel">
        {tab === 'check' && <CheckTab workspace={workspace} outcome={current} onOutcome={setOutcome} asOf={asOf} onAsOf={setAsOf} hidden={hidden} />}
        {tab === 'duplicates' && <DuplicatesTab workspace={workspace} outcome={current} verdicts={verdicts} onVerdicts={setVerdicts} />}
        {tab === 'consolidate' && <ConsolidateTab workspace={workspace} outcome={current} asOf={asOf} />}
        {tab === 'merge' && <FilesTab workspace={workspace} onChanged={() => setOutcome(undefined)} />}
        {tab === 'profile' && <ProfileTab workspace={workspace} outcome={current} onSaved={() => setOutcome(undefined)} />}
      </section>
    </main>
  );
}
