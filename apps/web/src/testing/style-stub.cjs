// Stylesheets and images imported by components resolve to their class name / file name in tests.
module.exports = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? false : key) });
