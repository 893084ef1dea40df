#!/usr/bin/env node
// Transport (--stdio, --node-ipc, --socket=N) is read from argv by the connection itself.
import '../dist/main.js';
