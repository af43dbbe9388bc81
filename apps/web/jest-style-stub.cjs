// Jest stand-in for a stylesheet import: the small tests render markup, never styles.
module.exports = {};
