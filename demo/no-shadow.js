// An engine without Shadow DOM, for demo/no-shadow.html (docs/product.md).
delete Element.prototype.attachShadow;
