// A stand-in for the Intercom Messenger's JavaScript API (Intercom(...)), for
// demo/chat-intercom.html; see demo/fakes/fake-chat.js.
(function () {
  var fake = window.FakeChat;
  if (fake.mode === 'absent') return;
  window.Intercom = function () {
    var args = Array.prototype.slice.call(arguments);
    fake.record(args[0], args.slice(1));
    if (args[0] === 'showNewMessage') fake.show('Intercom', ['new message:', args[1] || '(empty)']);
  };
})();
