await 1;
export default 2;
