'use strict'
// pingxx for Node: the package entry. The JS API lives in lib/pingxx.js (a thin
// wrapper over the Rust core); native.js loads the platform's addon.
module.exports = require('./lib/pingxx.js')
