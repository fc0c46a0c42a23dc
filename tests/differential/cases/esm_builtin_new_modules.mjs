// The built-ins npm packages import by name: lru-cache imports
// {tracingChannel, channel} from node:diagnostics_channel.
import {channel, tracingChannel} from 'node:diagnostics_channel';
import dc from 'diagnostics_channel';
import constants from 'node:constants';

const metrics = channel('lru-cache:metrics');
console.log(metrics === dc.channel('lru-cache:metrics'), tracingChannel('lru-cache').start.name);
console.log(typeof constants, constants.O_RDONLY, constants.SIGINT);
