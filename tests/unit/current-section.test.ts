import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentSection, READING_LINE } from '../../src/lib/current-section.ts';

const HEIGHT = 800;
const LINE = HEIGHT * READING_LINE; // 240 px below the top of the viewport

test('before the first heading reaches the reading line, no section is current (the introduction)', () => {
  assert.equal(currentSection([LINE + 1, 900, 1500], HEIGHT), -1);
  assert.equal(currentSection([2000, 3000], HEIGHT), -1);
  assert.equal(currentSection([], HEIGHT), -1);
});

test('the current section is the last one whose heading has passed the reading line', () => {
  assert.equal(currentSection([LINE, 900, 1500], HEIGHT), 0, 'a heading on the line counts');
  assert.equal(currentSection([-900, -40, 350, 1200], HEIGHT), 1, 'scrolled out of view above: still current');
  assert.equal(currentSection([-3000, -2000, -1000], HEIGHT), 2, 'past the last heading');
  // Where a followed section link puts its heading (scroll-margin-top 4.5rem on phones): current.
  assert.equal(currentSection([-1500, 72, 700], HEIGHT), 1);
});

test('the line is a share of the viewport: the same heading is current on a tall screen, not yet on a short one', () => {
  assert.equal(currentSection([-500, 300], 1200), 1);
  assert.equal(currentSection([-500, 300], 667), 0);
});

test('at the end of the page the last heading on screen is current, as the last ones can never reach the line', () => {
  const tops = [-2000, 400, 650];
  assert.equal(currentSection(tops, HEIGHT), 0);
  assert.equal(currentSection(tops, HEIGHT, true), 2);
  assert.equal(currentSection([-2000, 400, 900], HEIGHT, true), 1, 'a heading below the screen is not');
});
