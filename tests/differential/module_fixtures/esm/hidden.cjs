function make() { return {hidden: 1}; }
module.exports = make();
