import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { schemaErrors } from '../helpers/schema.js';
import { tempFiles } from '../helpers/temp.js';

describe('the published JSON Schema', () => {
  it('accepts what analyze prints, errors included', async () => {
    const folder = tempFiles({
      'a.txt':
        'date 2031-04-02 One.\n\nPrevious version below\n\nZero.\n\nAna Reis reported from Porto.',
      'b.jsonl':
        '{"text":"Two.","published":"2031-04-03T10:00:00+02:00","url":"https://x.example/2"}\nnot json\n',
    });
    const document = JSON.parse((await runCli('analyze', folder, '--json')).stdout);
    expect(document.articles).toHaveLength(2);
    expect(document.errors).toHaveLength(1);
    expect(schemaErrors(document)).toEqual([]);
  });

  it('rejects a document that breaks the contract', () => {
    expect(schemaErrors({ articles: [{ id: 'x', text: '' }], errors: [] }).length).toBeGreaterThan(
      0,
    );
  });
});
