// A stand-in for Zendesk's messaging Web Widget (zE), for demo/chat-zendesk.html; see
// demo/fakes/fake-chat.js.
(function () {
  var fake = window.FakeChat;
  if (fake.mode === 'absent') return;
  var fields = [];
  window.zE = function () {
    var args = Array.prototype.slice.call(arguments);
    fake.record('zE', args);
    if (args[0] === 'messenger:set' && args[1] === 'conversationFields') fields = args[2];
    if (args[0] === 'messenger' && args[1] === 'open')
      fake.show(
        'Zendesk',
        fields.length
          ? fields.map(function (f) {
              return 'field ' + f.id + ': ' + f.value;
            })
          : ['(no conversation fields)'],
      );
  };
})();
