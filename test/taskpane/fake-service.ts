// A PlanService over plain values, recording what the pane asks of it.
import type {
  ChangesResult,
  CheckResult,
  GenerateResult,
  InputHelpersResult,
  MissingFeature,
  NextYearResult,
  PaneSettings,
  PlanService,
  SnapshotResult,
  SpacesPreview,
  SpacesResult,
} from '../../src/app/plan-service';
import { DEFAULT_SETTINGS } from '../../src/app/plan-service';
import type {
  AnswersApplied,
  AnswersPreview,
  AnswerUpload,
  RequestsMade,
} from '../../src/app/requests-service';
import type { MergePreference } from '../../src/core/requests/merge-types';
import type { Finding, Status, StatusCounts, Summary } from '../../src/core/types';
import { STATUSES } from '../../src/core/types';

export function finding(
  partial: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'cell' | 'row'>,
): Finding {
  return { sheet: 'Лист1', column: 4, params: {}, ...partial };
}

export function statusCounts(partial: Partial<Record<Status, number>>): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, partial[s] ?? 0])) as StatusCounts;
}

export function checkResult(findings: Finding[], overrides: Partial<CheckResult> = {}): CheckResult {
  const summary: Summary = {
    asOf: '2023-12-31',
    total: 28,
    byStatus: statusCounts({ done: 21, 'partly-done': 2, none: 5 }),
    bySection: [],
    byResponsible: [],
    byDeadlineKind: { continuous: 0, period: 0, periodic: 0, conditional: 0, unrecognised: 0, missing: 0 },
    findingsBySeverity: { error: 0, warning: 0, info: 0 },
    overdue: [],
  };
  return {
    sheetName: 'Лист1',
    period: { from: '2023-01-01', to: '2023-12-31' },
    asOf: '2023-12-31',
    sectionCount: 5,
    measureCount: 28,
    findings,
    summary,
    ...overrides,
  };
}

export class FakeService implements PlanService {
  settings: PaneSettings = { ...DEFAULT_SETTINGS };
  missing: MissingFeature[] = [];
  language = 'uk-UA';
  nextCheck: () => Promise<CheckResult>;
  nextGenerate: (onProgress?: (f: number) => void) => Promise<GenerateResult> = async () => ({
    sheets: ['Виконання плану 2023', 'Зведення 2023'],
  });
  nextSnapshot: (onProgress?: (f: number) => void) => Promise<SnapshotResult> = async () => ({
    asOf: this.settings.asOf ?? '2023-12-31',
    sheets: [`Стан на 31.12.2023`],
    replaced: false,
    changes: null,
  });
  nextChanges: () => Promise<ChangesResult> = async () => ({
    asOf: '2023-12-31',
    snapshots: [],
    changes: null,
  });
  nextYear: () => Promise<NextYearResult> = async () => {
    throw new Error('createNextYearPlan: not set up');
  };
  nextRequests: (due: string) => Promise<RequestsMade> = async () => {
    throw new Error('createRequests: not set up');
  };
  nextPreview: (files: AnswerUpload[], prefer: MergePreference) => Promise<AnswersPreview> = async () => {
    throw new Error('previewAnswers: not set up');
  };
  nextApply: (files: AnswerUpload[], preview: AnswersPreview) => Promise<AnswersApplied> = async () => {
    throw new Error('applyAnswers: not set up');
  };
  nextHelpers: () => Promise<InputHelpersResult> = async () => ({
    added: [{ what: 'responsible', heading: 'Відповідальні особи', address: 'D7:D37' }],
    skipped: [],
  });
  spaces: SpacesPreview = { sheet: 'Лист1', fixes: [] };
  sampleSheet = 'Зразок плану';
  watcher: (() => void) | null = null;
  sheets: string[] = ['Лист1'];
  /** The settings in force at each check, in order. */
  checkedWith: PaneSettings[] = [];
  readonly calls = {
    check: jest.fn(),
    selectCell: jest.fn(),
    saveSettings: jest.fn(),
    setHighlights: jest.fn(),
    unwatch: jest.fn(),
    addInputHelpers: jest.fn(),
    listSheets: jest.fn(),
    takeSnapshot: jest.fn(),
    changesSinceSnapshot: jest.fn(),
    createNextYearPlan: jest.fn(),
    createRequests: jest.fn(),
    previewAnswers: jest.fn(),
    applyAnswers: jest.fn(),
    previewSpaces: jest.fn(),
    fixSpaces: jest.fn(),
    insertSamplePlan: jest.fn(),
  };

  constructor(result: CheckResult) {
    this.nextCheck = async () => result;
  }

  displayLanguage(): string {
    return this.language;
  }
  missingFeatures(): MissingFeature[] {
    return this.missing;
  }
  async loadSettings(): Promise<PaneSettings> {
    return { ...this.settings };
  }
  async saveSettings(settings: PaneSettings): Promise<void> {
    this.calls.saveSettings(settings);
    this.settings = { ...settings };
  }
  async listSheets(): Promise<string[]> {
    this.calls.listSheets();
    return [...this.sheets];
  }
  check(): Promise<CheckResult> {
    this.calls.check(this.settings.asOf);
    this.checkedWith.push({ ...this.settings });
    return this.nextCheck();
  }
  generate(onProgress?: (fraction: number) => void): Promise<GenerateResult> {
    return this.nextGenerate(onProgress);
  }
  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.selectCell(sheet, cell);
  }
  async setHighlights(on: boolean, findings: Finding[]): Promise<void> {
    this.calls.setHighlights(on, findings.length);
  }
  async watchPlan(onChange: () => void): Promise<() => Promise<void>> {
    this.watcher = onChange;
    return async () => {
      this.watcher = null;
      this.calls.unwatch();
    };
  }
  addInputHelpers(): Promise<InputHelpersResult> {
    this.calls.addInputHelpers();
    return this.nextHelpers();
  }
  async previewSpaces(): Promise<SpacesPreview> {
    this.calls.previewSpaces();
    return this.spaces;
  }
  async fixSpaces(preview: SpacesPreview): Promise<SpacesResult> {
    this.calls.fixSpaces(preview);
    return { changed: preview.fixes.map((f) => f.cell), skipped: [] };
  }
  async insertSamplePlan(): Promise<string> {
    this.calls.insertSamplePlan();
    this.sheets.push(this.sampleSheet);
    return this.sampleSheet;
  }
  takeSnapshot(onProgress?: (fraction: number) => void): Promise<SnapshotResult> {
    this.calls.takeSnapshot({ ...this.settings });
    return this.nextSnapshot(onProgress);
  }
  changesSinceSnapshot(): Promise<ChangesResult> {
    this.calls.changesSinceSnapshot({ ...this.settings });
    return this.nextChanges();
  }
  createNextYearPlan(): Promise<NextYearResult> {
    this.calls.createNextYearPlan();
    return this.nextYear();
  }
  createRequests(due: string): Promise<RequestsMade> {
    this.calls.createRequests(due);
    return this.nextRequests(due);
  }
  previewAnswers(files: AnswerUpload[], prefer: MergePreference): Promise<AnswersPreview> {
    this.calls.previewAnswers(
      files.map((f) => f.name),
      prefer,
    );
    return this.nextPreview(files, prefer);
  }
  applyAnswers(
    files: AnswerUpload[],
    preview: AnswersPreview,
    leftOut: readonly string[] = [],
  ): Promise<AnswersApplied> {
    this.calls.applyAnswers(
      files.map((f) => f.name),
      preview.token,
      [...leftOut],
    );
    return this.nextApply(files, preview);
  }
}
