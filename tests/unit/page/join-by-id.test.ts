// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isJoinByIdControl } from '../../../src/core/join-by-id';
import { parse } from './helpers';

describe('isJoinByIdControl: a Join that only opens a meeting by its number', () => {
  it.each([
    [
      "web app's Join Meeting window",
      '<div role="dialog" aria-modal="true"><h2>Join Meeting</h2><label for="m">Meeting ID or Personal Link Name</label><input id="m"><button aria-label="Cancel">Cancel</button><button id="go" aria-label="Join">Join</button></div>',
      true,
    ],
    ['portal join form, French', '<form><input placeholder="Saisissez l’ID de réunion ou le nom du lien personnel"><button id="go">Rejoindre</button></form>', true],
    ['Nº de réunion wrapped in its label', '<form><label>Nº de réunion <input></label><button id="go">Rejoindre</button></form>', true],
    ['pre-join screen', '<div class="preview-meeting-info"><label for="n">Your Name</label><input id="n"><button id="go" class="preview-join-button">Join</button></div>', false],
    ['pre-join in a form with a passcode field', '<form><label for="p">Meeting Passcode</label><input id="p" type="password"><label for="n">Your Name</label><input id="n"><button id="go">Join</button></form>', false],
    ['pre-join button, whatever the page around it', '<button id="go" class="preview-join-button">Join</button>', false],
    ["web app home's Join (no name field on the page)", '<main><button id="go">Join</button><button>Schedule</button></main>', true],
    [
      "web app home's Join, its window open (the meeting-ID field's label says “Name”)",
      '<main><button id="go">Join</button></main><div role="dialog"><label for="m">Meeting ID or Personal Link Name</label><input id="m"></div>',
      true,
    ],
    ['classic web client (#inputname, placeholder "Your Name")', '<input id="inputname" placeholder="Your Name"><button id="go">Join</button>', false],
  ])('%s → %s', (_what, html, expected) => {
    const doc = parse(html);
    expect(isJoinByIdControl(doc.getElementById('go')!)).toBe(expected);
  });
});
