throw new Error("from a module body");
