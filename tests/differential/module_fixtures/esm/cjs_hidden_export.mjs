import {hidden} from './hidden.cjs';
