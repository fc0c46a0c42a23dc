// node:diagnostics_channel: named channels that libraries publish to and
// tools subscribe to (lru-cache, undici and pino publish; APMs listen),
// and tracing channels, five channels that bracket one traced call.
// Written from Node 20's documented API. Stores (bindStore) take any
// object with a run(value, fn) method, as AsyncLocalStorage has; thaw has
// no async_hooks, so nothing else propagates them.
'use strict';

(function defineDiagnosticsChannel() {
  const invalidArgType = internals.invalidArgType;

  // Channels by name. Node holds them weakly; a channel here lives as long
  // as the process, which only matters for programs that make unbounded
  // numbers of names.
  const channels = new Map();

  // A subscriber's exception must not stop the publisher or the other
  // subscribers; Node rethrows it on the next tick, where it is an ordinary
  // uncaught exception.
  function rethrowLater(error) {
    process.nextTick(() => {
      throw error;
    });
  }

  class Channel {
    #subscribers = [];
    #stores = new Map();

    constructor(name) {
      this.name = name;
    }

    get hasSubscribers() {
      return this.#subscribers.length > 0 || this.#stores.size > 0;
    }

    subscribe(subscription) {
      internals.validateFunction(subscription, 'subscription');
      // A new array, so a publish in progress keeps its own list.
      this.#subscribers = [...this.#subscribers, subscription];
    }

    unsubscribe(subscription) {
      const index = this.#subscribers.indexOf(subscription);
      if (index === -1) return false;
      this.#subscribers = this.#subscribers.filter((_, i) => i !== index);
      return true;
    }

    bindStore(store, transform) {
      this.#stores.set(store, transform);
    }

    unbindStore(store) {
      return this.#stores.delete(store);
    }

    publish(message) {
      for (const subscriber of this.#subscribers) {
        try {
          subscriber(message, this.name);
        } catch (error) {
          rethrowLater(error);
        }
      }
    }

    // Runs fn inside every bound store (each given `data`, or what its
    // transform makes of it), publishing `data` first.
    runStores(data, fn, thisArg, ...args) {
      let run = () => {
        this.publish(data);
        return Reflect.apply(fn, thisArg, args);
      };
      for (const [store, transform] of this.#stores) {
        const inner = run;
        run = () => store.run(transform === undefined ? data : transform(data), inner);
      }
      return run();
    }
  }

  function channel(name) {
    if (typeof name !== 'string' && typeof name !== 'symbol') {
      throw oneOfType('channel', 'string or symbol', name);
    }
    let found = channels.get(name);
    if (found === undefined) {
      found = new Channel(name);
      channels.set(name, found);
    }
    return found;
  }

  // "must be one of type string or symbol", Node's wording for a choice.
  function oneOfType(name, types, value) {
    return internals.withCode(new TypeError(
        `The "${name}" argument must be one of type ${types}. ` +
        `Received ${internals.describeReceived(value)}`), 'ERR_INVALID_ARG_TYPE');
  }

  function hasSubscribers(name) {
    const found = channels.get(name);
    return found !== undefined && found.hasSubscribers;
  }

  function subscribe(name, subscription) {
    channel(name).subscribe(subscription);
  }

  function unsubscribe(name, subscription) {
    const found = channels.get(name);
    return found !== undefined && found.unsubscribe(subscription);
  }

  const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

  // Runs `call` between a tracing channel's start and end events, within
  // start's stores; a synchronous throw is published on error first.
  function runTraced(tracing, context, call) {
    return tracing.start.runStores(context, () => {
      try {
        return call();
      } catch (error) {
        context.error = error;
        tracing.error.publish(context);
        throw error;
      } finally {
        tracing.end.publish(context);
      }
    });
  }

  // Keeps how an asynchronous call ended in `context`: its error (also
  // published on error) or its result.
  function recordOutcome(tracing, context, error, result, failed) {
    if (failed) {
      context.error = error;
      tracing.error.publish(context);
    } else {
      context.result = result;
    }
  }

  class TracingChannel {
    constructor(nameOrChannels) {
      if (typeof nameOrChannels === 'string') {
        for (const event of kTraceEvents) {
          Object.defineProperty(this, event, {
            value: channel(`tracing:${nameOrChannels}:${event}`), enumerable: false,
          });
        }
      } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
        for (const event of kTraceEvents) {
          const given = nameOrChannels[event];
          if (!(given instanceof Channel)) {
            throw invalidArgType(`nameOrChannels.${event}`, 'an instance of Channel', given);
          }
          Object.defineProperty(this, event, {value: given, enumerable: false});
        }
      } else {
        throw invalidArgType('nameOrChannels',
            'string or an instance of TracingChannel or Object', nameOrChannels);
      }
    }

    get hasSubscribers() {
      return kTraceEvents.some((event) => this[event].hasSubscribers);
    }

    subscribe(handlers) {
      for (const event of kTraceEvents) {
        if (handlers[event]) this[event].subscribe(handlers[event]);
      }
    }

    unsubscribe(handlers) {
      let all = true;
      for (const event of kTraceEvents) {
        if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
      }
      return all;
    }

    // start, then fn, then end; error (with context.error) if fn throws,
    // context.result if it returns.
    traceSync(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      return runTraced(this, context, () => {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      });
    }

    // As traceSync for the call; when the promise settles: error (if it
    // rejected), asyncStart and asyncEnd.
    tracePromise(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      const settled = (error, result, rejected) => {
        recordOutcome(this, context, error, result, rejected);
        this.asyncStart.publish(context);
        this.asyncEnd.publish(context);
      };
      return runTraced(this, context, () => {
        const promise = Reflect.apply(fn, thisArg, args);
        return Promise.prototype.then.call(promise, (result) => {
          settled(undefined, result, false);
          return result;
        }, (error) => {
          settled(error, undefined, true);
          throw error;
        });
      });
    }

    // fn's callback (args.at(position)) is wrapped: its first argument is
    // the error (published on error) or else its second the result; the
    // callback runs between asyncStart and asyncEnd.
    traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      const callback = args.at(position);
      internals.validateFunction(callback, 'callback');
      const tracing = this;
      function wrapped(error, result) {
        recordOutcome(tracing, context, error, result, Boolean(error));
        return tracing.asyncStart.runStores(context, () => {
          try {
            return Reflect.apply(callback, this, arguments);
          } finally {
            tracing.asyncEnd.publish(context);
          }
        });
      }
      args.splice(position < 0 ? args.length + position : position, 1, wrapped);
      return runTraced(this, context, () => Reflect.apply(fn, thisArg, args));
    }
  }

  function tracingChannel(nameOrChannels) {
    return new TracingChannel(nameOrChannels);
  }

  const diagnosticsChannel = {
    channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel,
  };
  internals.defineBuiltin('diagnostics_channel', () => diagnosticsChannel);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['diagnostics_channel']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
