const ini = require('ini');
const cfg = ini.parse('; comment\nscope = global\n[database]\nuser = dbuser\npassword = "pa ss"\nport = 5432\n[paths.default]\ndatadir = /var/lib\narr[] = a\narr[] = b\n');
console.log(cfg);
cfg.database.port = 1;
console.log(ini.stringify(cfg, { section: 'top' }));
