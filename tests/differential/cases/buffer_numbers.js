// Buffer's number reads and writes, with Node's range and bounds errors.
const r = Buffer.alloc(16);
r.writeUInt32LE(0xdeadbeef, 0);
r.writeInt16BE(-2, 4);
r.writeDoubleLE(1.5, 8);
console.log(r, r.readUInt32LE(0).toString(16), r.readInt16BE(4), r.readDoubleLE(8), r.readUIntBE(0, 6), r.readIntLE(0, 3));
console.log(r.readUInt8(), r.readInt8(3), r.readUInt16LE(1), r.readUInt16BE(1), r.readInt32LE(0), r.readInt32BE(0), r.readUint32BE(0));
r.writeBigInt64BE(-5n, 8);
console.log(r.readBigInt64BE(8), r.readBigUInt64LE(8), r.readBigUint64BE(8), r.readBigInt64LE(8));
console.log(r.writeFloatBE(3.14, 0), r.readFloatBE(0), r.writeFloatLE(-0.5, 4), r.readFloatLE(4), r.writeDoubleBE(NaN, 8), r.readDoubleBE(8));
console.log(r.writeUIntLE(0x123456789abc, 0, 6), r.readUIntLE(0, 6).toString(16), r.writeIntBE(-123456, 6, 3), r.readIntBE(6, 3));
console.log(r.writeIntLE(-1, 0, 5), r.readIntLE(0, 5), r.readUIntLE(0, 5), r.writeUIntBE(65535, 10, 2), r.readUIntBE(10, 2));
console.log(r.writeUInt8(254.9, 0), r.writeInt8(-128, 1), r.writeUInt16LE(65535, 2), r.writeInt32BE(-1, 4), r.writeUint16BE(258, 8), r);
console.log(r.writeBigUInt64LE(0xffffffffffffffffn, 8), r.writeBigInt64LE(-(2n ** 63n), 0), r);
console.log(r.writeUInt32BE(NaN, 0), r.writeInt16LE(1.9, 4), r.slice(0, 6));
for (const f of [() => r.readUInt8(16), () => r.readUInt32LE(13), () => r.writeUInt8(256, 0), () => r.writeUInt32LE(-1),
  () => r.readUInt8(1.5), () => r.readUIntLE(0, 7), () => r.readUIntLE(0, 0), () => r.readUIntLE(0, 1.5), () => r.readUIntLE(0),
  () => Buffer.alloc(2).readUInt32LE(0), () => Buffer.alloc(0).readUInt8(0), () => r.readUInt8('1'), () => r.readInt8(-1),
  () => r.writeBigInt64LE(2n ** 64n), () => r.writeBigUInt64LE(-1n), () => r.writeBigInt64LE(1), () => r.readBigInt64LE(9),
  () => r.writeInt32LE(2 ** 31), () => r.writeIntLE(2 ** 47, 0, 6), () => r.writeUIntBE(2 ** 48, 0, 6), () => r.writeUInt16LE(1, 15),
  () => r.writeDoubleLE(1, 9), () => r.readFloatBE(13), () => r.writeInt8(1, 2 ** 40), () => r.readDoubleLE(2 ** 33),
  () => r.writeUIntLE(1, 0, 8), () => r.readUInt16BE(NaN)]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
