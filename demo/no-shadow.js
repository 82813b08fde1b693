// An engine without Shadow DOM, for demo/no-shadow.html (issue 8).
delete Element.prototype.attachShadow;
