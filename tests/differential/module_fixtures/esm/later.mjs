await null;
export default "later";
