import {
  CONNECTION_NOTE_LIMIT_FREE,
  CONNECTION_NOTE_LIMIT_PREMIUM,
  countCharacters,
  countFor,
  countSubjectFor,
  INMAIL_BODY_LIMIT,
  INMAIL_SUBJECT_LIMIT,
  LINKEDIN_MESSAGE_LIMIT,
} from '@/lib/templates/channels';

describe('channel limits', () => {
  it('uses the published figures', () => {
    expect([CONNECTION_NOTE_LIMIT_PREMIUM, CONNECTION_NOTE_LIMIT_FREE, INMAIL_SUBJECT_LIMIT, INMAIL_BODY_LIMIT, LINKEDIN_MESSAGE_LIMIT]).toEqual([
      300, 200, 200, 2000, 8000,
    ]);
  });

  it('connection note: 300 with premium', () => {
    expect(countFor('connection-note', 'x'.repeat(300), 'premium')).toEqual({ used: 300, limit: 300, over: 0 });
    expect(countFor('connection-note', 'x'.repeat(312), 'premium')).toEqual({ used: 312, limit: 300, over: 12 });
  });

  it('connection note: 200 on a free account', () => {
    expect(countFor('connection-note', 'x'.repeat(200), 'free')).toEqual({ used: 200, limit: 200, over: 0 });
    expect(countFor('connection-note', 'x'.repeat(250), 'free')).toEqual({ used: 250, limit: 200, over: 50 });
  });

  it('InMail: body 2,000 and subject 200', () => {
    expect(countFor('inmail', 'x'.repeat(2001), 'free')).toEqual({ used: 2001, limit: 2000, over: 1 });
    expect(countSubjectFor('inmail', 'x'.repeat(201))).toEqual({ used: 201, limit: 200, over: 1 });
  });

  it('LinkedIn message: 8,000', () => {
    expect(countFor('linkedin-message', 'x'.repeat(8000), 'premium')).toEqual({ used: 8000, limit: 8000, over: 0 });
    expect(countFor('linkedin-message', 'x'.repeat(8005), 'free').over).toBe(5);
  });

  it('email: no limit on body or subject', () => {
    expect(countFor('email', 'x'.repeat(10_000), 'free')).toEqual({ used: 10_000, over: 0 });
    expect(countSubjectFor('email', 'x'.repeat(500))).toEqual({ used: 500, over: 0 });
  });

  it('counts characters as a person does, not UTF-16 units', () => {
    expect(countCharacters('café')).toBe(4);
    expect(countCharacters('cafe\u0301')).toBe(4); // e + combining accent
    expect(countCharacters('👋')).toBe(1);
    expect(countCharacters('👩‍💻')).toBe(1); // one emoji made of three code points
    expect(countCharacters('🇩🇪')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });
});
