import { SHIPPED_AT } from '@/lib/records/fields';
import { KIND_LABELS, type Channel, type Template, type TemplateKind } from './template';

/**
 * The shipped templates, one per kind of the method. First-contact asks open with {{howWeMet}}
 * (the contact's "How you found them"): method.md calls it the strongest opening line. House rules for all of them: short, specific
 * to the person, an explicit 20-minute ask, how the user found them, an easy way to say no, and
 * never a job ask. Tests fill each with typical data and check it fits its channel and lints clean.
 */
type DefaultSpec = { kind: Exclude<TemplateKind, 'custom'>; channel: Channel; subject?: string; body: string };

const SPECS: DefaultSpec[] = [
  {
    kind: 'cold-ask',
    channel: 'linkedin-message',
    body: `Hi {{firstName}},

{{howWeMet}}, and your path to {{title}} at {{company}} stood out to me. I'm {{myName}}, {{myBackground}}, and I'm exploring {{myInterest}}.

Would you be open to a 20-minute call or coffee in the next few weeks? I'd love to hear how you got into this work and what you wish you had known at the start. I'm asking for advice only, not a job.

If now isn't a good time, no worries at all, and thank you for reading.

{{myName}}`,
  },
  {
    kind: 'referral-intro',
    channel: 'email',
    subject: '{{referrerName}} suggested I get in touch',
    body: `Hi {{firstName}},

{{referrerName}} suggested I get in touch with you. I'm {{myName}}, {{myBackground}}, and {{referrerFirstName}} thought you would be the right person to ask as I explore {{myInterest}}.

Could I have 20 minutes of your time for a call or coffee in the next couple of weeks? I'm hoping for your perspective, not a job, and I'll keep to time.

If it's a busy stretch, just say so; I completely understand.

Thank you,
{{myName}}`,
  },
  {
    kind: 'alumni-ask',
    channel: 'linkedin-message',
    body: `Hi {{firstName}},

As a fellow {{school}} alum, I hope you don't mind a note out of the blue. I'm {{myName}}, {{myBackground}}, exploring {{myInterest}}, and your work as {{title}} at {{company}} is exactly what I'm curious about.

Would you have 20 minutes for a call in the coming weeks? I'd value your advice on how you found your way into the field. I'm not looking for a job, just your perspective.

No pressure at all if the timing doesn't work.

Best,
{{myName}}`,
  },
  {
    kind: 'research-ask',
    channel: 'inmail',
    subject: 'A question about your {{researchNote}}',
    body: `Hi {{firstName}},

I came across your {{researchNote}} and learned a lot from it. I'm {{myName}}, {{myBackground}}, and I'm exploring {{myInterest}}.

Would you be open to a 20-minute call in the next few weeks? I'd love to hear where you see the field going and how you stay current. This is purely for advice.

If you're too busy, no reply is needed.

Thank you,
{{myName}}`,
  },
  {
    kind: 'connection-note',
    channel: 'connection-note',
    // Fits the free account's 200 characters with typical names filled in.
    body: `Hi {{firstName}}, {{howWeMet}}. I'm exploring {{myInterest}}. Could I ask you for 20 minutes of advice sometime? No worries if not. {{myName}}`,
  },
  {
    kind: 'meeting-confirmation',
    channel: 'email',
    subject: 'Confirming our chat on {{meetingDate}}',
    body: `Hi {{firstName}},

Looking forward to our 20-minute conversation. To confirm:

When: {{meetingDate}}, {{meetingTime}}
Where: {{meetingPlace}}

I'd love to hear how you got started at {{company}}, what a typical week looks like, and which skills matter most in your work. If anything has changed on your side, just let me know and I'll move it.

See you then,
{{myName}}`,
  },
  {
    kind: 'thank-you',
    channel: 'email',
    subject: 'Thank you, {{firstName}}',
    body: `Hi {{firstName}},

Thank you for taking the time to talk with me. I especially appreciated what you said about {{takeaway}}; it gave me a much clearer picture of the work.

As we discussed, I'll {{nextStep}}, and I'll let you know how it goes.

Thanks again for your generosity,
{{myName}}`,
  },
  {
    kind: 'no-reply-nudge',
    channel: 'linkedin-message',
    body: `Hi {{firstName}},

I wanted to follow up once on my note from last week, in case it got buried. If a 20-minute chat about {{myInterest}} ever suits you, I'd be grateful. If now isn't a good time, no reply is needed and I won't write again.

Thank you,
{{myName}}`,
  },
  {
    kind: 'check-in',
    channel: 'email',
    subject: 'A quick update from {{myName}}',
    body: `Hi {{firstName}},

It's been a few months since we spoke, and I wanted to share a quick update. Your advice about {{takeaway}} has stayed with me and I've been putting it into practice. Next, I plan to {{nextStep}}.

I hope all is well at {{company}}. No need to reply; I just wanted you to know your time made a difference.

Best,
{{myName}}`,
  },
  {
    kind: 'ask-for-names',
    channel: 'linkedin-message',
    body: `Hi {{firstName}},

Thank you again for sharing your experience at {{company}}; it helped me a lot. As I keep exploring {{myInterest}}, who else would you suggest I talk to? And may I mention your name when I reach out?

No worries if no one comes to mind.

Best,
{{myName}}`,
  },
];

/** Stable ids, so "Restore defaults" and per-kind lookups find the same template across versions. */
export function defaultTemplateId(kind: TemplateKind): string {
  return `default-${kind}`;
}

// Shipped templates have no meaningful creation time; SHIPPED_AT (1990) marks them as "from the
// product" and is still a date every stored record may hold.
export const DEFAULT_TEMPLATES: readonly Template[] = SPECS.map((spec) => ({
  id: defaultTemplateId(spec.kind),
  name: KIND_LABELS[spec.kind],
  kind: spec.kind,
  channel: spec.channel,
  ...(spec.subject === undefined ? {} : { subject: spec.subject }),
  body: spec.body,
  isDefault: true,
  createdAt: SHIPPED_AT,
  updatedAt: SHIPPED_AT,
}));

/** "Restore defaults": every shipped template back as shipped (re-added if deleted); the user's own kept. */
export function restoreDefaults(current: readonly Template[]): Template[] {
  const own = current.filter((t) => !t.isDefault && !DEFAULT_TEMPLATES.some((d) => d.id === t.id));
  return [...DEFAULT_TEMPLATES.map((t) => ({ ...t })), ...own];
}
