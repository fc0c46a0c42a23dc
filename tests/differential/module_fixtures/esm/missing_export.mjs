import {missing} from "./plain.mjs";
