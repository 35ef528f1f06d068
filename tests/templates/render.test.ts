import { buildVariableValues, missingMarker, renderTemplate, unfilledIn } from '@/lib/templates/render';

describe('renderTemplate', () => {
  it('substitutes known values and returns segments', () => {
    const result = renderTemplate('Hi {{firstName}}, from {{ myName }}.', { firstName: 'Priya', myName: 'Alex' });
    expect(result.text).toBe('Hi Priya, from Alex.');
    expect(result.missing).toEqual([]);
    expect(result.segments).toEqual([
      { type: 'text', text: 'Hi ' },
      { type: 'var', name: 'firstName', value: 'Priya' },
      { type: 'text', text: ', from ' },
      { type: 'var', name: 'myName', value: 'Alex' },
      { type: 'text', text: '.' },
    ]);
  });

  it('substitutes in a single pass: a value containing {{…}} stays literal', () => {
    const result = renderTemplate('Hi {{firstName}}, I am {{myName}}', { firstName: '{{myName}}', myName: 'Alex' });
    expect(result.text).toBe('Hi {{myName}}, I am Alex');
    expect(result.missing).toEqual([]);
  });

  it('does not expand a value that names a missing variable either', () => {
    const result = renderTemplate('{{headline}}', { headline: 'Ask me about {{takeaway}}' });
    expect(result.text).toBe('Ask me about {{takeaway}}');
    expect(result.missing).toEqual([]);
  });

  it('keeps HTML in a value as plain text', () => {
    const html = '<img src=x onerror=alert(1)>';
    const result = renderTemplate('Hi {{firstName}}', { firstName: html });
    expect(result.text).toBe(`Hi ${html}`);
    expect(result.segments[1]).toEqual({ type: 'var', name: 'firstName', value: html });
  });

  it('marks missing and blank values visibly and lists each once', () => {
    const result = renderTemplate('{{firstName}} {{takeaway}} {{firstName}} {{nextStep}}', { nextStep: '   ' });
    expect(result.text).toBe('[firstName] [takeaway] [firstName] [nextStep]');
    expect(result.missing).toEqual(['firstName', 'takeaway', 'nextStep']);
    expect(result.segments).toContainEqual({ type: 'var', name: 'takeaway' });
    expect(missingMarker('takeaway')).toBe('[takeaway]');
  });

  it('does not pick up inherited properties for names like constructor', () => {
    const result = renderTemplate('{{constructor}} {{toString}}', {});
    expect(result.text).toBe('[constructor] [toString]');
  });

  it('leaves malformed braces as they are', () => {
    expect(renderTemplate('Hi {{first name}} {firstName}', { firstName: 'P' }).text).toBe('Hi {{first name}} {firstName}');
  });

  it('unfilledIn follows the edited draft', () => {
    const { text, missing } = renderTemplate('Hi {{firstName}}, {{takeaway}}', {});
    expect(unfilledIn(text, missing)).toEqual(['firstName', 'takeaway']);
    expect(unfilledIn(text.replace('[firstName]', 'Priya'), missing)).toEqual(['takeaway']);
  });
});

describe('buildVariableValues', () => {
  const contact = {
    fullName: 'Dr. Priya Raman',
    headline: 'Researcher',
    location: 'Chicago',
    currentTitle: 'Senior UX Researcher',
    currentCompany: 'Northwind Health',
    education: [{ school: 'Northwestern University' }, { school: 'University of Michigan' }],
    source: 'Maria Lopez suggested I contact you',
  };

  it('maps contact, profile and context to variables', () => {
    const values = buildVariableValues({
      contact,
      me: { myName: 'Alex', myBackground: 'a nurse', myInterest: 'UX research', mySchool: 'university of michigan' },
      context: { referrerName: 'Maria Lopez', meetingDate: 'Thursday', takeaway: 'five interviews', nextStep: '' },
    });
    expect(values).toEqual({
      firstName: 'Priya',
      fullName: 'Dr. Priya Raman',
      company: 'Northwind Health',
      title: 'Senior UX Researcher',
      school: 'University of Michigan',
      headline: 'Researcher',
      location: 'Chicago',
      myName: 'Alex',
      myBackground: 'a nurse',
      myInterest: 'UX research',
      mySchool: 'university of michigan',
      howWeMet: 'Maria Lopez suggested I contact you',
      referrerName: 'Maria Lopez',
      meetingDate: 'Thursday',
      takeaway: 'five interviews',
    });
  });

  it('prefers the captured first name and a context howWeMet', () => {
    const values = buildVariableValues({
      contact: { ...contact, firstName: 'Pri' },
      context: { howWeMet: 'We met at the UXPA meetup' },
    });
    expect(values.firstName).toBe('Pri');
    expect(values.howWeMet).toBe('We met at the UXPA meetup');
  });

  it('fills {{school}} only with a school both went to — never claims one the user did not attend', () => {
    expect(buildVariableValues({ contact }).school).toBeUndefined();
    expect(buildVariableValues({ contact, me: { mySchool: 'McMaster University' } }).school).toBeUndefined();
    expect(buildVariableValues({ contact, me: { mySchool: 'Northwestern' } }).school).toBe('Northwestern University');
  });

  it('copes with nothing at all', () => {
    expect(buildVariableValues({})).toEqual({});
  });
});
