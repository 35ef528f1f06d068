import { findVariables, placeholderProblems, suggestVariable, validateTemplate, VARIABLE_NAMES } from '@/lib/templates/variables';

const base = {
  id: 't1',
  name: 'Mine',
  kind: 'custom',
  channel: 'email',
  body: 'Hi {{firstName}}',
  isDefault: false,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

function messages(input: unknown): string[] {
  const result = validateTemplate(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('findVariables', () => {
  it('finds each name once, in order, tolerating spaces inside the braces', () => {
    expect(findVariables('Hi {{firstName}}, {{ company }} and {{firstName}} again; {{frist}}')).toEqual([
      'firstName',
      'company',
      'frist',
    ]);
  });

  it('ignores malformed and single-brace text', () => {
    expect(findVariables('{firstName} {{first name}} {{firstName} plain')).toEqual([]);
  });

  it('knows the documented variables, with howWeMet (not source) for how the user found them', () => {
    expect(VARIABLE_NAMES).toEqual(
      expect.arrayContaining(['firstName', 'fullName', 'company', 'title', 'school', 'headline', 'location']),
    );
    expect(VARIABLE_NAMES).toEqual(expect.arrayContaining(['myName', 'myBackground', 'myInterest', 'mySchool']));
    expect(VARIABLE_NAMES).toEqual(
      expect.arrayContaining(['howWeMet', 'referrerName', 'researchNote', 'meetingDate', 'meetingTime', 'meetingPlace', 'takeaway', 'nextStep']),
    );
    expect(VARIABLE_NAMES).not.toContain('source');
  });
});

describe('suggestVariable', () => {
  it.each([
    ['frist', undefined],
    ['fristName', 'firstName'],
    ['FirstName', 'firstName'],
    ['compnay', 'company'],
    ['source', undefined],
  ])('%s → %s', (typo, expected) => {
    expect(suggestVariable(typo)).toBe(expected);
  });
});

describe('validateTemplate', () => {
  it('accepts a template that uses only known variables', () => {
    const result = validateTemplate({ ...base, subject: 'Hello {{firstName}}' });
    expect(result.success).toBe(true);
  });

  it('names an unknown variable and suggests the close one', () => {
    expect(messages({ ...base, body: 'Hi {{fristName}}' })).toEqual([
      'body: Unknown variable {{fristName}} — did you mean {{firstName}}?',
    ]);
  });

  it('names an unknown variable with no close match', () => {
    expect(messages({ ...base, body: 'From {{source}}' })).toEqual(['body: Unknown variable {{source}}.']);
  });

  it('checks the subject too', () => {
    expect(messages({ ...base, subject: 'About {{compny}}' })).toEqual([
      'subject: Unknown variable {{compny}} — did you mean {{company}}?',
    ]);
  });

  it('rejects a subject on a channel without one', () => {
    expect(messages({ ...base, channel: 'connection-note', subject: 'Hi' })).toEqual([
      'subject: Only email and InMail have a subject line.',
    ]);
  });

  it.each([
    ['Hi {{first name}}', 'Malformed placeholder {{first name}}'],
    ['Hi {{}}', 'Malformed placeholder {{}}'],
    ['Hi {{firstName}', 'Unclosed placeholder "{{firstName}"'],
    ['Hi {{firstName\nthere', 'Unclosed placeholder "{{firstName"'],
    ['Hi {firstName}}', 'Found "}}" without a matching "{{".'],
  ])('reports malformed braces in %j', (body, expected) => {
    const found = messages({ ...base, body });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('reports a missing name and empty body with zod paths', () => {
    const found = messages({ ...base, name: '  ', body: '   ' });
    expect(found).toEqual(expect.arrayContaining(['name: Give the template a name.', 'body: The template needs some text.']));
  });

  it('rejects unknown kinds and channels', () => {
    expect(validateTemplate({ ...base, kind: 'job-ask' }).success).toBe(false);
    expect(validateTemplate({ ...base, channel: 'sms' }).success).toBe(false);
  });

  it('lists several problems at once', () => {
    expect(placeholderProblems('{{frist}} {{compny}} {{a b}}')).toHaveLength(3);
  });
});
