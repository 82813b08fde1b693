// A stand-in for LiveChat's Chat Widget JS API (LiveChatWidget.call), for demo/chat-livechat.html;
// see demo/fakes/fake-chat.js.
(function () {
  var fake = window.FakeChat;
  if (fake.mode === 'absent') return;
  var variables = {};
  window.LiveChatWidget = {
    call: function (method, data) {
      fake.record('call', data === undefined ? [method] : [method, data]);
      if (method === 'set_session_variables') Object.assign(variables, data);
      if (method === 'maximize') {
        var lines = Object.keys(variables).map(function (k) {
          return 'session variable ' + k + ': ' + variables[k];
        });
        fake.show('LiveChat', lines.concat(['message draft:', data?.messageDraft || '(empty)']));
      }
    },
  };
})();
