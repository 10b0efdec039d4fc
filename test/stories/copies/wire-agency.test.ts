import { describe, expect, it } from 'vitest';
import { wireAgency } from '../../../src/stories/copies/wire-agency.js';
import { article } from './fixtures.js';

const body = 'Crews walked off the job on Tuesday, the company said.';

describe('wireAgency', () => {
  it('reads the agency a credit line names', () => {
    for (const credit of ['— Kestrel Wire News Agency', 'Source: Kestrel Wire News Agency']) {
      expect(wireAgency(article({ text: `${body}\n\n${credit}` }))).toEqual({
        name: 'Kestrel Wire News Agency',
        key: 'kestrel',
        fromCredit: true,
      });
    }
  });

  it('reads the agency tag of a dateline, with the same key as the full name', () => {
    expect(wireAgency(article({ text: `HARBOURTON, March 3 (Kestrel Wire) – ${body}` }))).toEqual({
      name: 'Kestrel Wire',
      key: 'kestrel',
      fromCredit: false,
    });
  });

  it('knows the long and short names of well-known agencies', () => {
    const long = wireAgency(
      article({ text: `${body}\n\nThe Associated Press contributed to this report.` }),
    );
    const short = wireAgency(article({ text: `LISBON (AP) — ${body}` }));
    expect(long?.key).toBe('ap');
    expect(short?.key).toBe('ap');
  });

  it('finds none in reporters’ credits or an update note', () => {
    expect(
      wireAgency(
        article({ text: `${body}\n\n(Reporting by Ana Reis in Porto; Editing by Tom Lee)` }),
      ),
    ).toBeNull();
    expect(wireAgency(article({ text: `(Update, April 3, 2031) LISBON — ${body}` }))).toBeNull();
  });
});
