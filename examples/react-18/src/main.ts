import { reactMount } from '../../react-mount.js';
import { Connect } from './Connect.js';

export const mount = reactMount(Connect);
