/** Facts about the site and its author, in one place. */
export const SITE = {
  author: 'Soenke Ruempler',
  origin: 'https://ruempler.eu',
  /** Where "Edit this page" links point. */
  repository: 'https://github.com/s0enke/ruempler.eu',
  links: {
    hire: 'https://cv.ruempler.eu/',
    donate: 'https://www.paypal.me/s0enke',
    email: 'mailto:soenke@ruempler.eu',
    linkedin: 'https://www.linkedin.com/in/s0enke/',
    mastodon: 'https://norden.social/@s0enke',
    /** The footer's Mastodon profile (a different server), with rel="me". */
    mastodonMe: 'https://awscommunity.social/@s0enke',
    ccBy: 'https://creativecommons.org/licenses/by/4.0/',
    mit: 'https://opensource.org/license/mit',
  },
} as const;
