import { MAX_INPUT_MB } from './read-input.ts';
import { DEFAULT_GLOBS } from './files.ts';
import { knownPacks } from '../engine/rules/packs.ts';

export const USAGE = `Usage: note-lint [files or folders...] [options]

Checks that the ICD-10-CM codes chosen for an encounter are backed by the clinical note, and finds
values and treatments that point to a diagnosis nobody documented (drafting a compliant query). The
rules come in condition packs (see --pack).
Inputs are plain-text notes or FHIR R4 JSON (a DocumentReference with a text/plain attachment, or a
Bundle of them; the encounter's ICD-10-CM codes come from Encounter.diagnosis, Claim and Condition).
Folders are searched recursively for ${DEFAULT_GLOBS.join(' and ')} files (change with --glob).
Everything runs on this machine: no network requests.

Input:
  --stdin                    Read one note (text or FHIR JSON) from standard input
  --code CODE                A code chosen for the encounter; repeatable, or comma-separated
  --age N                    Patient age in years
  --setting outpatient|inpatient
                             Care setting (default outpatient); decides how uncertain diagnoses count
  --glob PATTERN             Which files to take from folders; repeatable (default: ${DEFAULT_GLOBS.join(', ')})
  --ignore PATTERN           Files or folders to skip; repeatable. A pattern without "/" matches a
                             name at any depth; with "/" it matches the path inside the folder given

Rules:
  -c, --config FILE          Settings file (default: ./note-lint.config.json when present)
  --rule ID:LEVEL            Set a rule to off, error, warning or info; repeatable; wins over the config
  --pack ID                  Run only this condition pack's rules; repeatable, or comma-separated
  --no-pack ID               Run every condition pack but this one; repeatable, or comma-separated.
                             Both win over the config's "packs"; a pack that is off reports nothing,
                             whatever its rules' levels. Packs: ${knownPacks().join(', ')}

Output:
  -f, --format FORMAT        stylish (default), json, csv (worklist) or html (one self-contained file)
  -q, --quiet                Report errors only
  --max-warnings N           Exit 1 when more than N warnings are found
  --workers N                Lint with N worker threads (default: one per core)

  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no error diagnostics; 1 error diagnostics (or too many warnings);
2 bad usage or an input that could not be read (files over ${MAX_INPUT_MB} MB, binary or non-UTF-8
text, malformed FHIR, missing files). Unreadable inputs are reported one by one; the rest still run.
`;
