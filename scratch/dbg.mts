import { officeOf } from '/work/wt/extract/src/lang/de/roles.ts';
console.log(officeOf('praesidentin'), officeOf('tu-praesidentin'));
