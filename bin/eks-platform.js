#!/usr/bin/env node
'use strict';
// The CLI is one bundled file (npm run build): loading a hundred small modules of zod and yaml one
// by one cost more than a tenth of a one-cluster synth. aws-cdk-lib stays external.
require('../dist/cli.js').main(process.argv.slice(2));
