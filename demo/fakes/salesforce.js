// A stand-in for Salesforce's Messaging for Web bootstrap (embeddedservice_bootstrap), for the
// demo page demo/chat-salesforce.html; see demo/fakes/fake-chat.js.
(function () {
  var fake = window.FakeChat;
  if (fake.mode === 'absent') return;
  var fields = {};
  window.embeddedservice_bootstrap = {
    prechatAPI: {
      setHiddenPrechatFields: function (given) {
        fake.record('setHiddenPrechatFields', [given]);
        Object.assign(fields, given);
      },
    },
    utilAPI: {
      launchChat: function () {
        fake.record('launchChat', []);
        fake.show(
          'Salesforce',
          Object.keys(fields).length
            ? Object.keys(fields).map(function (k) {
                return k + ': ' + fields[k];
              })
            : ['(no hidden pre-chat fields)'],
        );
        return Promise.resolve();
      },
    },
  };
  window.dispatchEvent(new Event('onEmbeddedMessagingReady'));
})();
