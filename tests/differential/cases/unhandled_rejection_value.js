// expect-stderr: The promise rejected with the reason "42"
Promise.reject(42);
