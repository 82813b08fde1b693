// Patches an old or careless host page makes to the platform before the widget loads (docs/product.md).
// Each is a pattern real sites ship: Prototype.js-era array additions and Array#toJSON,
// enumerable members that pollute for-in, and JSON replaced by a broken "polyfill".
/* eslint-disable no-extend-native */
Array.prototype.toJSON = function () {
  return 'Array#toJSON from an old library';
};
Array.prototype.each = function (fn) {
  for (var i = 0; i < this.length; i++) fn(this[i], i);
};
Array.prototype.first = function () {
  return this[0];
};
Array.prototype.includes = function (value) {
  return this.indexOf(value) !== -1;
};
Object.defineProperty(Array.prototype, 'find', {
  value: function (fn, self) {
    for (var i = 0; i < this.length; i++) if (fn.call(self, this[i], i, this)) return this[i];
  },
  writable: true,
  configurable: true,
});
var nativeStringify = JSON.stringify;
JSON.stringify = function (value) {
  // A "polyfill" that drops the replacer and indentation arguments.
  return nativeStringify(value);
};
JSON.parse = function () {
  throw new SyntaxError('JSON.parse replaced by a broken polyfill on this page');
};
window.__hostilePatched = true;
