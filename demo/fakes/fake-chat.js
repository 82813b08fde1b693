// What the demo's stand-ins for chat vendors share (demo/chat-*.html). Not any vendor's code: each
// fake records the calls the widget makes in window.fakeVendorCalls, in order, and shows what it
// received, so a person (or test/e2e/handoff.spec.ts) can see what left the widget. The page's
// address picks how the fake behaves: ?fake=absent puts no global on the page, ?fake=throws makes
// every call throw. Plain DOM only: these pages are served with a strict CSP and Trusted Types.
(function () {
  var mode = new URLSearchParams(location.search).get('fake') || 'works';
  var calls = [];
  var panel = null;

  function show(vendor, lines) {
    if (!panel) {
      panel = document.createElement('section');
      panel.className = 'fake-chat';
      panel.setAttribute('aria-label', vendor + ' chat (demo stand-in)');
      document.body.appendChild(panel);
    }
    panel.replaceChildren();
    var title = document.createElement('h2');
    title.textContent = vendor + ' chat (demo stand-in)';
    var body = document.createElement('pre');
    body.textContent = lines.join('\n');
    panel.append(title, body);
  }

  window.fakeVendorCalls = calls;
  window.FakeChat = {
    mode: mode,
    /** Records one call, or throws as a broken vendor script would. */
    record: function (name, args) {
      if (mode === 'throws') throw new Error('demo: the ' + name + ' call failed');
      calls.push([name].concat(args));
    },
    show: show,
  };
})();
