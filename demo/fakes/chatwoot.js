// A stand-in for Chatwoot's website widget SDK (window.$chatwoot), for demo/chat-chatwoot.html;
// see demo/fakes/fake-chat.js.
(function () {
  var fake = window.FakeChat;
  if (fake.mode === 'absent') return;
  var attributes = {};
  window.$chatwoot = {
    hasLoaded: true,
    setConversationCustomAttributes: function (given) {
      fake.record('setConversationCustomAttributes', [given]);
      Object.assign(attributes, given);
    },
    setCustomAttributes: function (given) {
      fake.record('setCustomAttributes', [given]);
      Object.assign(attributes, given);
    },
    toggle: function (state) {
      fake.record('toggle', [state]);
      fake.show(
        'Chatwoot',
        Object.keys(attributes).length
          ? Object.keys(attributes).map(function (k) {
              return k + ': ' + attributes[k];
            })
          : ['(no attributes)'],
      );
    },
  };
  window.dispatchEvent(new Event('chatwoot:ready'));
})();
