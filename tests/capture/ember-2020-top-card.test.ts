import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from './read-profile';
import { closeAll, parseHtml } from './parse-html';

afterAll(closeAll);

// The shape of a real 2020 Ember top card (a Polish-UI own profile): the name is an <li>, the
// headline the card's only heading (<h2>), then place, connections count and "Contact info",
// each an <li> of their own, the link to /detail/contact-info/. Before, the headline was taken
// for the name, the place for the headline, and no location. The name's <li> is indented as
// deep as the real saved page's, which made its raw text too long to be a name.
const URL = 'https://www.linkedin.com/in/marek-nowicki/';
const NOW = Date.UTC(2020, 8, 1);

const page = (title: string) => `<!doctype html><html lang="pl"><head><title>${title}</title></head><body>
<main class="core-rail">
  <section class="pv-top-card artdeco-card ember-view"><div class="ph5 pb5"><div class="display-flex mt2"><div class="flex-1 mr5">
    <ul class="pv-top-card--list inline-flex align-items-center">
      <li class="inline t-24 t-black t-normal break-words">
${' '.repeat(60)}Marek Nowicki
${' '.repeat(56)}</li>
      <li class="inline-flex ml2"><span style="display: none;" class="pv-member-badge"><span class="visually-hidden">Marek Nowicki ma konto</span></span></li>
    </ul>
    <h2 class="mt1 t-18 t-black t-normal break-words">
                                Właściciel w Nowicki Studio | Wykładowca w Kodołamacz
    </h2>
    <ul class="pv-top-card--list pv-top-card--list-bullet mt1">
      <li class="t-16 t-black t-normal inline-block">
                                Kraków, Woj. Małopolskie, Polska
      </li>
      <li class="inline-block"><a data-control-name="topcard_view_all_connections" href="/search/results/people/?facetNetwork=%5B%22F%22%5D"><span class="t-16 t-bold">
                    500+ kontaktów
      </span></a></li>
      <li class="inline-block"><a data-control-name="contact_see_more" href="/in/marek-nowicki/detail/contact-info/"><span class="t-16">Informacje kontaktowe</span></a></li>
    </ul>
  </div></div></div></section>
  <section class="pv-about-section artdeco-card"><h2 class="pv-profile-section__card-heading">Informacje</h2>
    <p class="pv-about__summary-text"><span>Buduję aplikacje internetowe od ponad dziesięciu lat i uczę programowania dorosłych.</span></p></section>
</main></body></html>`;

const read = (title: string) => JSON.parse(JSON.stringify(readProfile(parseHtml(page(title)), URL, NOW)));

describe('a 2020 Ember top card whose name is no heading', () => {
  it('takes the name the title gives, the <h2> as the headline, and the place before the count', () => {
    const { profile, warnings } = read('(11) Marek Nowicki | LinkedIn');
    expect(profile.fullName).toBe('Marek Nowicki');
    expect(profile.headline).toBe('Właściciel w Nowicki Studio | Wykładowca w Kodołamacz');
    expect(profile.location).toBe('Kraków, Woj. Małopolskie, Polska');
    expect(warnings.map((w: { code: string }) => w.code)).not.toContain('name-unconfirmed');
  });

  it('with a title naming no one, the address still says who it is', () => {
    expect(read('LinkedIn').profile.fullName).toBe('Marek Nowicki');
  });
});
