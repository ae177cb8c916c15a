/** The protocol's runtime validators: well-formed messages pass unchanged, anything else is dropped. */
import { describe, expect, it } from 'vitest';
import {
  MAX_ENCOUNTER_CODES,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
  parseBackgroundToContent,
  parseContentToBackground,
  parseFrameInfoReply,
  parseLintResultMessage,
  parsePopupToBackground,
} from '../../../src/messaging/protocol.ts';

const lint = { type: 'lint', fieldId: 'f1', kind: 'textarea', revision: 3, text: 'Patient feels weak.', label: 'Progress note', order: 0 };
const order = { type: 'field-order', fields: [{ fieldId: 'f1', label: 'Addendum', order: 1 }] };

describe('parseContentToBackground', () => {
  it.each([
    ['lint', lint],
    ['field-gone', { type: 'field-gone', fieldId: 'f2' }],
    ['field-order', order],
    ['page-codes', { type: 'page-codes', codes: ['M62.81', 'R53.1'] }],
    ['no page codes', { type: 'page-codes', codes: [] }],
    ['open-rule-doc', { type: 'open-rule-doc', ruleId: 'objective-weakness-on-r53.1' }],
  ])('accepts %s', (_name, message) => {
    expect(parseContentToBackground(message)).toEqual(message);
  });

  it('drops extra properties', () => {
    expect(parseContentToBackground({ ...lint, tabId: 7, evil: true })).toEqual(lint);
  });

  it.each([
    ['null', null],
    ['a string', JSON.stringify(lint)],
    ['an array', [lint]],
    ['an unknown type', { ...lint, type: 'lint-everything' }],
    ['a popup message', { type: 'get-tab-state', tabId: 1 }],
    ['an unknown field kind', { ...lint, kind: 'iframe' }],
    ['a negative revision', { ...lint, revision: -1 }],
    ['a fractional revision', { ...lint, revision: 1.5 }],
    ['text that is not a string', { ...lint, text: 42 }],
    ['text over the size limit', { ...lint, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }],
    ['a field id with markup', { ...lint, fieldId: '<img src=x>' }],
    ['an empty field id', { ...lint, fieldId: '' }],
    ['a very long field id', { ...lint, fieldId: 'f'.repeat(65) }],
    ['no label', { ...lint, label: undefined }],
    ['a label over the size limit', { ...lint, label: 'x'.repeat(MAX_LABEL_LENGTH + 1) }],
    ['no order', { ...lint, order: undefined }],
    ['a negative order', { ...lint, order: -1 }],
    ['a field order with a bad field id', { ...order, fields: [{ fieldId: '<b>', label: '', order: 0 }] }],
    ['a field order that is not a list', { ...order, fields: {} }],
    ['page codes with markup', { type: 'page-codes', codes: ['<img src=x>'] }],
    ['page codes that are not strings', { type: 'page-codes', codes: [62.81] }],
    ['too many page codes', { type: 'page-codes', codes: Array.from({ length: MAX_ENCOUNTER_CODES + 1 }, () => 'R53.1') }],
    ['page codes with a tab id (a page cannot pick the tab)', { type: 'page-codes', codes: 'R53.1', tabId: 3 }],
    ['a rule page that is a path', { type: 'open-rule-doc', ruleId: '../options' }],
    ['a rule page that is a URL', { type: 'open-rule-doc', ruleId: 'https://evil.example/x' }],
    ['a rule page in capitals', { type: 'open-rule-doc', ruleId: 'Workup-Plan' }],
  ])('drops %s', (_name, message) => {
    expect(parseContentToBackground(message)).toBeNull();
  });
});

describe('parsePopupToBackground', () => {
  it.each([
    [{ type: 'get-tab-state', tabId: 12 }],
    [{ type: 'lint-readonly', tabId: 12 }],
    [{ type: 'add-code', tabId: 12, code: 'M62.81' }],
    [{ type: 'remove-code', tabId: 12, code: 'r531' }],
    [{ type: 'reveal', tabId: 12, fieldKey: '0:f1', start: 4, end: 9 }],
    [{ type: 'enable-site', origin: 'https://ehr.example.org' }],
    [{ type: 'disable-site', origin: 'http://127.0.0.1:8080' }],
  ])('accepts %j', (message) => {
    expect(parsePopupToBackground(message)).toEqual(message);
  });

  it.each([
    ['a content message', lint],
    ['a tab id that is not a number', { type: 'get-tab-state', tabId: '12' }],
    ['a negative tab id', { type: 'get-tab-state', tabId: -1 }],
    ['a code with spaces', { type: 'add-code', tabId: 1, code: 'M62 81' }],
    ['a code too long', { type: 'add-code', tabId: 1, code: 'M'.repeat(17) }],
    ['a code edit without a tab', { type: 'add-code', code: 'R53.1' }],
    ['a code with a letter in second place', { type: 'add-code', tabId: 1, code: 'RR3.1' }],
    ['a code that is only digits', { type: 'remove-code', tabId: 1, code: '1234' }],
    ['a reversed span', { type: 'reveal', tabId: 1, fieldKey: '0:f1', start: 9, end: 4 }],
    ['a URL with a path instead of an origin', { type: 'enable-site', origin: 'https://ehr.example.org/notes' }],
    ['a file origin', { type: 'enable-site', origin: 'file:///etc/passwd' }],
    ['a javascript: URL', { type: 'enable-site', origin: 'javascript:alert(1)' }],
    ['no origin', { type: 'enable-site' }],
  ])('drops %s', (_name, message) => {
    expect(parsePopupToBackground(message)).toBeNull();
  });
});

describe('parseBackgroundToContent', () => {
  const result = {
    type: 'lint-result',
    fieldId: 'f1',
    revision: 2,
    diagnostics: [{ ruleId: 'r', severity: 'error', code: 'M62.81', message: 'm', fix: 'Document graded strength.', start: 0, end: 4 }],
  };
  const withFindings = { ...result, findings: [{ type: 'strength-grade', label: 'strength grade', start: 0, end: 3 }] };

  it.each([[result], [withFindings], [{ ...result, diagnostics: [{ ...result.diagnostics[0], code: null, fix: null }] }], [{ type: 'reveal', fieldId: 'f1', start: 0, end: 3 }], [{ type: 'lint-readonly' }], [{ type: 'lint-selection' }], [{ type: 'frame-info' }], [{ type: 'relint' }]])(
    'accepts %j',
    (message) => {
      expect(parseBackgroundToContent(message)).toEqual(message);
    },
  );

  it.each([
    ['a diagnostic with an unknown severity', { ...result, diagnostics: [{ ...result.diagnostics[0], severity: 'fatal' }] }],
    ['a diagnostic with a reversed span', { ...result, diagnostics: [{ ...result.diagnostics[0], start: 5, end: 1 }] }],
    ['diagnostics that are not a list', { ...result, diagnostics: {} }],
    ['a diagnostic without a fix', { ...result, diagnostics: [{ ...result.diagnostics[0], fix: undefined }] }],
    ['a diagnostic with a code that is markup', { ...result, diagnostics: [{ ...result.diagnostics[0], code: '<b>x</b>' }] }],
    ['a finding of an unknown type', { ...withFindings, findings: [{ ...withFindings.findings[0], type: 'script' }] }],
    ['findings that are not a list', { ...withFindings, findings: 'all' }],
    ['an unknown type', { type: 'eval', code: '1' }],
  ])('drops %s', (_name, message) => {
    expect(parseBackgroundToContent(message)).toBeNull();
  });

  it('parseLintResultMessage accepts only lint results', () => {
    expect(parseLintResultMessage(result)).toEqual(result);
    expect(parseLintResultMessage({ type: 'reveal', fieldId: 'f1', start: 0, end: 1 })).toBeNull();
    expect(parseLintResultMessage(undefined)).toBeNull();
  });
});

describe('parseFrameInfoReply', () => {
  const reply = { type: 'frame-info-reply', origin: 'https://ehr.example.org', url: 'https://ehr.example.org/chart', enabled: true, fieldCount: 2 };

  it('accepts a reply with the page URL', () => {
    expect(parseFrameInfoReply(reply)).toEqual(reply);
  });

  it.each([
    ['no URL', { ...reply, url: undefined }],
    ['a URL over the size limit', { ...reply, url: `https://a.org/${'x'.repeat(5000)}` }],
  ])('drops a reply with %s', (_name, message) => {
    expect(parseFrameInfoReply(message)).toBeNull();
  });
});
