import { ValidationError } from '../domain/common/errors.js';
import { listDef } from '../schema/lists.js';
import { assertMaxLength, maxLengthOf, NOTE_MAX, TEXT_MAX } from './limits.js';

describe('text limits from the list schema', () => {
  it('gives a single line of text the MaxLength of its column', () => {
    const unit = listDef('Effects').fields.find((f) => f.name === 'Unit');
    expect(maxLengthOf('Effects', 'Unit')).toBe(unit?.maxLength);
    expect(maxLengthOf('FollowUps', 'Period')).toBe(
      listDef('FollowUps').fields.find((f) => f.name === 'Period')?.maxLength,
    );
  });

  it('gives SharePoint’s Title column its 255 characters', () => {
    expect(maxLengthOf('Initiatives', 'Title')).toBe(TEXT_MAX);
  });

  it('gives every multi-line text column the product’s Note limit', () => {
    expect(maxLengthOf('ApprovalDecisions', 'Comment')).toBe(NOTE_MAX);
    expect(maxLengthOf('Initiatives', 'Description')).toBe(NOTE_MAX);
  });

  it('refuses a column that is not text', () => {
    expect(() => maxLengthOf('Effects', 'Baseline' as never)).toThrow(RangeError);
  });

  it('accepts a text at its limit and refuses one character more with the tooLong issue in Swedish and English', () => {
    expect(() => assertMaxLength('comment', 'å'.repeat(20), 20)).not.toThrow();
    let error: unknown;
    try {
      assertMaxLength('comment', 'å'.repeat(21), 20);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      status: 400,
      issues: [
        {
          path: 'comment',
          code: 'tooLong',
          message: { sv: 'Högst 20 tecken.', en: 'At most 20 characters.' },
        },
      ],
    });
  });
});
