/**
 * The user's settings as one plain value, its validation, and how it becomes the engine's options.
 * Pure (no browser APIs): storage lives in `store.ts`.
 */
import type { CareSetting, LabRangeOverride, SeverityOrOff } from '../engine/types.ts';
import { normalizeOrigins } from './sites.ts';
import { DEFAULT_PAGE_DISPLAY, isPageDisplay, type PageDisplay } from './display.ts';
import { sanitizeSiteProfiles, type SiteProfile } from '../config/site-profiles.ts';

export interface Settings {
  /** Origins the user enabled ("https://ehr.example.org"). note-lint is inert everywhere else. */
  enabledSites: string[];
  /** Rule switches and severities keyed by rule id; a rule not listed keeps its default. */
  rules: Record<string, SeverityOrOff>;
  /** Reference range overrides keyed by canonical analyte id ("potassium"). */
  labRanges: Record<string, LabRangeOverride>;
  setting: CareSetting;
  /** What the page marks: errors only, errors and warnings, or everything. */
  pageDisplay: PageDisplay;
  /** Mark the findings note-lint recognised (strength grades, labs, workup...) in the page. */
  evidenceView: boolean;
  /** Per origin: which fields are notes, which are not, where the page lists the diagnosis codes. */
  siteProfiles: Record<string, SiteProfile>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabledSites: [],
  rules: {},
  labRanges: {},
  setting: 'outpatient',
  pageDisplay: DEFAULT_PAGE_DISPLAY,
  evidenceView: false,
  siteProfiles: {},
}) as Settings;

const LEVELS: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'off'];
/** Rule ids and analyte ids: lower-case words joined by hyphens (a rule id may hold a code: "objective-weakness-on-r53.1"). */
const KEY = /^[a-z0-9][a-z0-9.-]{0,63}$/;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function sanitizeRules(raw: unknown): Record<string, SeverityOrOff> {
  const rules: Record<string, SeverityOrOff> = {};
  if (!isObj(raw)) return rules;
  for (const [id, level] of Object.entries(raw)) {
    if (KEY.test(id) && (LEVELS as readonly unknown[]).includes(level)) rules[id] = level as SeverityOrOff;
  }
  return rules;
}

function sanitizeLabRanges(raw: unknown): Record<string, LabRangeOverride> {
  const ranges: Record<string, LabRangeOverride> = {};
  if (!isObj(raw)) return ranges;
  for (const [analyte, range] of Object.entries(raw)) {
    if (!KEY.test(analyte) || !isObj(range)) continue;
    const override: LabRangeOverride = {};
    if (isFiniteNumber(range.low)) override.low = range.low;
    if (isFiniteNumber(range.high)) override.high = range.high;
    const ordered = override.low === undefined || override.high === undefined || override.low < override.high;
    if ((override.low !== undefined || override.high !== undefined) && ordered) ranges[analyte] = override;
  }
  return ranges;
}

/**
 * Settings read from storage are untrusted (another version, a hand-edited profile): keep what is
 * valid, fall back to defaults for the rest. Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const obj = isObj(raw) ? raw : {};
  return {
    enabledSites: Array.isArray(obj.enabledSites) ? normalizeOrigins(obj.enabledSites) : [],
    rules: sanitizeRules(obj.rules),
    labRanges: sanitizeLabRanges(obj.labRanges),
    setting: obj.setting === 'inpatient' ? 'inpatient' : 'outpatient',
    pageDisplay: isPageDisplay(obj.pageDisplay) ? obj.pageDisplay : DEFAULT_PAGE_DISPLAY,
    evidenceView: obj.evidenceView === true,
    siteProfiles: sanitizeSiteProfiles(obj.siteProfiles),
  };
}
